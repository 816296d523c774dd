using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// Applies pending migrations while holding a PostgreSQL advisory lock, so that replicas started
/// together migrate one after another: the first applies, the others find nothing left to do.
/// </summary>
public sealed class DatabaseMigrator(ApplicationDbContext dbContext, ILogger<DatabaseMigrator> logger)
{
    // An arbitrary application-wide constant: every process that migrates this database uses it.
    private const long MigrationLockKey = 0x436C65616E4D6967;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var lockConnection = new NpgsqlConnection(dbContext.Database.GetConnectionString());
        await lockConnection.OpenAsync(cancellationToken);
        await ExecuteAsync(lockConnection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        try
        {
            var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                logger.LogInformation("Database schema is up to date");
                return pending;
            }

            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, pending);
            await dbContext.Database.MigrateAsync(cancellationToken);
            return pending;
        }
        finally
        {
            await ExecuteAsync(lockConnection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
