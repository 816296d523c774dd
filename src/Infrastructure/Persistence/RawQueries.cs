using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// Hand-written SQL whose rows EF cannot map (positional reads, arrays as parameters), run on the context's
/// connection and inside its current transaction, so it commits or rolls back with the unit of work.
/// </summary>
internal static class RawQueries
{
    public static async Task<List<T>> QueryAsync<T>(
        this DatabaseFacade database,
        string sql,
        Func<DbDataReader, T> read,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter(name, value));
            }

            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
