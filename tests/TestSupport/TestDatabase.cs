using CleanBackend.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CleanBackend.TestSupport;

/// <summary>
/// A private database on the test server, created fresh for one test assembly, migrated with the
/// real migrations, and emptied between tests by one TRUNCATE (Respawn is not available here).
/// </summary>
public sealed class TestDatabase
{
    private string? _resetSql;

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Drops any database left by an earlier run under <paramref name="name"/> and creates an empty one.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string name)
    {
        await using (var server = new NpgsqlConnection(TestServers.Postgres + ";Database=postgres"))
        {
            await server.OpenAsync();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        }

        var connectionString = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = name }.ConnectionString;
        return new TestDatabase(name, connectionString);
    }

    /// <summary>An empty database with every migration applied.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(string name)
    {
        var database = await CreateEmptyAsync(name);
        await using (var dbContext = database.CreateDbContext())
        {
            await new DatabaseMigrator(dbContext, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }

        // Decide now which tables a reset empties, while the only rows are those the migrations inserted;
        // decided at the first reset instead, rows a test had added by then would be kept as reference data.
        await using var connection = await database.OpenConnectionAsync();
        database._resetSql = await BuildResetSqlAsync(connection);
        return database;
    }

    /// <summary>Drops the database, closing this process's pooled connections to it first.</summary>
    public async Task DropAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var server = new NpgsqlConnection(TestServers.Postgres + ";Database=postgres");
        await server.OpenAsync();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    public ApplicationDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseApplicationDatabase(ConnectionString)
            .Options);

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Empties every table but the migrations history, the Quartz job store (a running scheduler holds its
    /// cluster state and locks there; jobs re-register their triggers at start-up) and the reference data the migrations
    /// inserted (tables that were already filled when the reset was prepared: right after migrating
    /// for <see cref="CreateMigratedAsync"/>, otherwise at the first reset).
    /// </summary>
    public async Task ResetAsync()
    {
        await using var connection = await OpenConnectionAsync();
        _resetSql ??= await BuildResetSqlAsync(connection);
        if (_resetSql.Length > 0)
        {
            await ExecuteAsync(connection, _resetSql);
        }
    }

    private static async Task<string> BuildResetSqlAsync(NpgsqlConnection connection)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)
            FROM pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'quartz') AND tablename <> '__EFMigrationsHistory'
            ORDER BY 1
            """,
            connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var emptyTables = new List<string>();
        foreach (var table in tables)
        {
            await using var probe = new NpgsqlCommand($"SELECT NOT EXISTS (SELECT 1 FROM {table})", connection);
            if ((bool)(await probe.ExecuteScalarAsync())!)
            {
                emptyTables.Add(table);
            }
        }

        return emptyTables.Count == 0 ? string.Empty : $"TRUNCATE {string.Join(", ", emptyTables)} RESTART IDENTITY CASCADE";
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
