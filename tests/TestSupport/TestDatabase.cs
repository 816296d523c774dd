using CleanBackend.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace CleanBackend.TestSupport;

/// <summary>
/// A private database on the test server, created fresh for one test assembly, migrated with the
/// real migrations, and emptied between tests by Respawn.
/// </summary>
public sealed class TestDatabase
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    /// <summary>The Quartz job store: a running scheduler holds its cluster state and locks there; jobs re-register their triggers at start-up.</summary>
    public const string JobStoreSchema = "quartz";

    private Respawner? _respawner;

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The tables a reset keeps: the migrations history and the reference data the migrations inserted.</summary>
    public IReadOnlyList<string> KeptTables { get; private set; } = [];

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
        database._respawner = await database.CreateRespawnerAsync(connection);
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
    /// Empties every table but <see cref="KeptTables"/> (decided right after migrating for
    /// <see cref="CreateMigratedAsync"/>, otherwise at the first reset) and the <see cref="JobStoreSchema"/>,
    /// restarting identity columns.
    /// </summary>
    public async Task ResetAsync()
    {
        await using var connection = await OpenConnectionAsync();
        _respawner ??= await CreateRespawnerAsync(connection);
        await _respawner.ResetAsync(connection);
    }

    private async Task<Respawner> CreateRespawnerAsync(NpgsqlConnection connection)
    {
        KeptTables = [MigrationsHistoryTable, .. await FilledTablesAsync(connection)];
        return await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToExclude = [JobStoreSchema],
            TablesToIgnore = KeptTables.Select(ToRespawnTable).ToArray(),
            WithReseed = true,
        });
    }

    /// <summary>"schema.table" for every table outside the job store that has rows, the history table excepted.</summary>
    private static async Task<List<string>> FilledTablesAsync(NpgsqlConnection connection)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            $"""
            SELECT schemaname, tablename
            FROM pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema', '{JobStoreSchema}') AND tablename <> '{MigrationsHistoryTable}'
            ORDER BY 1, 2
            """,
            connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add($"{reader.GetString(0)}.{reader.GetString(1)}");
            }
        }

        var filled = new List<string>();
        foreach (var table in tables)
        {
            await using var probe = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table})", connection);
            if ((bool)(await probe.ExecuteScalarAsync())!)
            {
                filled.Add(table);
            }
        }

        return filled;
    }

    private static Table ToRespawnTable(string name) =>
        name.Split('.') is [var schema, var table] ? new Table(schema, table) : new Table(name);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
