using System.Text.RegularExpressions;
using Npgsql;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// The tables, columns, indexes and constraints of every non-system schema of a PostgreSQL database, read
/// from the catalogs, in a form two databases can be compared by. EF Core's migrations history table and the
/// Quartz job store's schema are left out: they exist only in a migrated database and are not part of the model.
/// </summary>
internal sealed class SchemaSnapshot
{
    private const string HistoryTable = "__EFMigrationsHistory";

    private SchemaSnapshot(IReadOnlyList<SchemaObject> objects)
    {
        Objects = objects;
    }

    public IReadOnlyList<SchemaObject> Objects { get; }

    public static async Task<SchemaSnapshot> CaptureAsync(NpgsqlConnection connection)
    {
        var objects = new List<SchemaObject>();
        objects.AddRange(await ReadAsync(connection, TablesSql, record =>
            new SchemaObject("table", $"{record.GetString(0)}.{record.GetString(1)}", record.GetString(2))));
        objects.AddRange(await ReadAsync(connection, ColumnsSql, DescribeColumn));
        objects.AddRange(await ReadAsync(connection, IndexesSql, DescribeIndex));
        objects.AddRange(await ReadAsync(connection, ConstraintsSql, record => new SchemaObject(
            "constraint",
            $"{record.GetString(0)}.{record.GetString(1)}.{record.GetString(2)}",
            $"[{ConstraintType(record.GetString(3))}] {record.GetString(4)}")));

        objects.Sort((left, right) => string.CompareOrdinal(left.ToString(), right.ToString()));
        return new SchemaSnapshot(objects);
    }

    /// <summary>Everything that is in this snapshot but not in <paramref name="other"/>, and the reverse.</summary>
    public SchemaDifference CompareTo(SchemaSnapshot other)
    {
        var mine = Objects.ToHashSet();
        var theirs = other.Objects.ToHashSet();
        return new SchemaDifference(
            Objects.Where(item => !theirs.Contains(item)).ToList(),
            other.Objects.Where(item => !mine.Contains(item)).ToList());
    }

    /// <summary>
    /// Keeps the user schemas: pg_toast, pg_temp_N and pg_toast_temp_N are per-database system schemas too. The quartz
    /// schema is Quartz's job store, which the EF model does not describe (QuartzSchemaTests check it instead).
    /// </summary>
    private static string Filter(string column) =>
        $@"{column} NOT IN ('pg_catalog', 'information_schema', 'quartz') AND {column} NOT LIKE 'pg\_toast%' AND {column} NOT LIKE 'pg\_temp\_%'";

    private static string TablesSql =>
        $"""
        SELECT table_schema, table_name, table_type
        FROM information_schema.tables
        WHERE {Filter("table_schema")} AND table_name <> '{HistoryTable}'
        """;

    private static string ColumnsSql =>
        $"""
        SELECT table_schema, table_name, column_name, data_type, udt_name, character_maximum_length,
               numeric_precision, numeric_scale, is_nullable, column_default, identity_generation, is_generated
        FROM information_schema.columns
        WHERE {Filter("table_schema")} AND table_name <> '{HistoryTable}'
        """;

    private static string IndexesSql =>
        $"""
        SELECT schemaname, tablename, indexname, indexdef
        FROM pg_indexes
        WHERE {Filter("schemaname")} AND tablename <> '{HistoryTable}'
        """;

    // conrelid is 0 for domain constraints, hence the outer join.
    private static string ConstraintsSql =>
        $"""
        SELECT n.nspname, coalesce(rel.relname, '(no table)'), c.conname, c.contype::text, pg_get_constraintdef(c.oid)
        FROM pg_constraint c
        JOIN pg_namespace n ON n.oid = c.connamespace
        LEFT JOIN pg_class rel ON rel.oid = c.conrelid
        WHERE {Filter("n.nspname")} AND coalesce(rel.relname, '') <> '{HistoryTable}'
        """;

    private static SchemaObject DescribeColumn(NpgsqlDataReader record)
    {
        string? Text(int ordinal) => record.IsDBNull(ordinal) ? null : record.GetValue(ordinal).ToString();

        var parts = new List<string> { $"{record.GetString(3)} ({record.GetString(4)})" };
        if (Text(5) is { } length)
        {
            parts.Add($"max length {length}");
        }

        if (Text(6) is { } precision)
        {
            parts.Add($"precision {precision},{Text(7) ?? "-"}");
        }

        parts.Add(record.GetString(8) == "YES" ? "NULL" : "NOT NULL");
        parts.Add($"default {Text(9) ?? "none"}");
        if (Text(10) is { } identity)
        {
            parts.Add($"identity {identity}");
        }

        if (Text(11) is { } generated && generated != "NEVER")
        {
            parts.Add($"generated {generated}");
        }

        return new SchemaObject(
            "column",
            $"{record.GetString(0)}.{record.GetString(1)}.{record.GetString(2)}",
            string.Join(", ", parts));
    }

    /// <summary>
    /// indexdef names the table schema-qualified; the schema is already part of the object's name, so it
    /// is taken out of the definition to leave only what describes the index itself.
    /// </summary>
    private static SchemaObject DescribeIndex(NpgsqlDataReader record)
    {
        var schema = record.GetString(0);
        var qualifier = $@"(?:{Regex.Escape(schema)}|""{Regex.Escape(schema)}"")\.";
        var definition = Regex.Replace(record.GetString(3), $@" ON (ONLY )?{qualifier}", " ON $1");
        return new SchemaObject("index", $"{schema}.{record.GetString(1)}.{record.GetString(2)}", definition);
    }

    private static string ConstraintType(string code) => code switch
    {
        "p" => "primary key",
        "u" => "unique",
        "f" => "foreign key",
        "c" => "check",
        "x" => "exclusion",
        "t" => "constraint trigger",
        "n" => "not null",
        _ => code,
    };

    private static async Task<List<SchemaObject>> ReadAsync(
        NpgsqlConnection connection,
        string sql,
        Func<NpgsqlDataReader, SchemaObject> describe)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var objects = new List<SchemaObject>();
        while (await reader.ReadAsync())
        {
            objects.Add(describe(reader));
        }

        return objects;
    }
}
