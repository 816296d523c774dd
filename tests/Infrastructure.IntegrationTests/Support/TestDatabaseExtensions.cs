using CleanBackend.Infrastructure.Persistence;
using CleanBackend.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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

    /// <summary>
    /// A context configured as production configures it (single-query loading of collections) with
    /// <paramref name="interceptors"/> added, for tests that watch the SQL the code under test sends.
    /// </summary>
    public static ApplicationDbContext CreateDbContextWith(this TestDatabase database, params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseApplicationDatabase(database.ConnectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .AddInterceptors(interceptors)
            .Options);

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

    /// <summary>
    /// Waits until <paramref name="waiter"/>, started in a transaction of its own, is blocked waiting for a lock
    /// on this database, so a test can order two transactions deterministically: the second is known to wait on
    /// the first before the first commits. A synchronisation point, not a timing assertion: the limit only stops
    /// a hung test. Fails if the waiter finishes without ever waiting.
    /// </summary>
    public static async Task WaitUntilBlockedOnALockAsync(this TestDatabase database, Task waiter)
    {
        const string Sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        var giveUpAt = DateTime.UtcNow.AddSeconds(30);
        while (await database.ScalarAsync<long>(Sql) == 0)
        {
            if (waiter.IsCompleted)
            {
                await waiter;
                Assert.Fail("the second transaction finished without waiting for the first");
            }

            if (DateTime.UtcNow > giveUpAt)
            {
                Assert.Fail("the second transaction never started waiting for a lock");
            }

            await Task.Delay(10);
        }
    }
}
