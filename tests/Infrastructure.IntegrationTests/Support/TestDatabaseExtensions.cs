using CleanBackend.TestSupport;
using Npgsql;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>Arranging and inspecting rows directly, outside the code under test.</summary>
internal static class TestDatabaseExtensions
{
    /// <summary>Saves <paramref name="entities"/> through a context of their own, so nothing stays tracked by the test's contexts.</summary>
    public static async Task AddAsync(this TestDatabase database, params object[] entities)
    {
        await using var dbContext = database.CreateDbContext();
        dbContext.AddRange(entities);
        await dbContext.SaveChangesAsync();
    }

    public static async Task<T> ScalarAsync<T>(this TestDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static Task<long> CountAsync(this TestDatabase database, string table) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM {table}");

    public static async Task<List<string>> ColumnAsync(this TestDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }

    public static async Task ExecuteAsync(this TestDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
