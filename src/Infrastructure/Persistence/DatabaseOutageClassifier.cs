using CleanBackend.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL is unreachable or dropped the connection: Npgsql marks such failures transient (refused or cut
/// connections, timeouts opening one, the server shutting down or starting up), and EF Core wraps the last one
/// in <see cref="RetryLimitExceededException"/> once its execution strategy gives up.
/// </summary>
internal sealed class DatabaseOutageClassifier : ITransientOutageClassifier
{
    public bool IsTransientOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is RetryLimitExceededException or NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
