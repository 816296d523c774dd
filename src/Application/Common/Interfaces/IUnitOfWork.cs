using CleanBackend.Domain.Common;

namespace CleanBackend.Application.Common.Interfaces;

public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="operation"/> in one database transaction, saves and commits, and returns
    /// its result with the domain events raised by the saved entities. The operation may be run again
    /// from the start on a transient failure, so it must not have effects outside the database.
    /// </summary>
    Task<CommittedResult<TResult>> ExecuteInTransactionAsync<TResult>(
        Func<CancellationToken, Task<TResult>> operation,
        CancellationToken cancellationToken);

    /// <summary>
    /// The domain events raised so far by the entities of this unit of work, without taking them: they are still
    /// returned with the committed result. For publishing them to in-transaction handlers before the commit.
    /// </summary>
    IReadOnlyList<IDomainEvent> PendingDomainEvents();

    /// <summary>
    /// Saves pending changes now, atomically. Inside <see cref="ExecuteInTransactionAsync{TResult}"/> (every command)
    /// this only flushes them, so a read that follows sees the rows and they commit or roll back with the command.
    /// A request outside a transaction (login, refresh) has them committed at once, so they persist even when the
    /// request then fails.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
