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

    /// <summary>Saves pending changes atomically; for requests that must persist even when they then fail.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
