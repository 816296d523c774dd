using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence;

internal sealed class UnitOfWork(ApplicationDbContext dbContext) : IUnitOfWork
{
    public Task<CommittedResult<TResult>> ExecuteInTransactionAsync<TResult>(
        Func<CancellationToken, Task<TResult>> operation,
        CancellationToken cancellationToken)
    {
        // The retrying strategy replays the whole unit (reads included) after a transient failure,
        // so each attempt starts from an empty change tracker.
        var strategy = dbContext.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            (dbContext, operation),
            async (_, state, cancellation) =>
            {
                state.dbContext.ChangeTracker.Clear();
                await using var transaction = await state.dbContext.Database.BeginTransactionAsync(cancellation);

                // A failure rolls the whole unit back (and the strategy replays it), so the savepoint EF
                // would wrap around each save inside the transaction is two round trips for nothing.
                state.dbContext.Database.AutoSavepointsEnabled = false;
                var result = await state.operation(cancellation);
                var domainEvents = TakeDomainEvents();
                await SaveChangesCoreAsync(cancellation);
                await transaction.CommitAsync(cancellation);
                return new CommittedResult<TResult>(result, domainEvents);
            },
            verifySucceeded: null,
            cancellationToken);
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesCoreAsync(cancellationToken);

    public IReadOnlyList<IDomainEvent> PendingDomainEvents() =>
        dbContext.ChangeTracker.Entries<IHasDomainEvents>().SelectMany(entry => entry.Entity.DomainEvents).ToList();

    private IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var sources = dbContext.ChangeTracker.Entries<IHasDomainEvents>().Select(entry => entry.Entity).ToList();
        var domainEvents = sources.SelectMany(source => source.DomainEvents).ToList();
        sources.ForEach(source => source.ClearDomainEvents());
        return domainEvents;
    }

    private async Task SaveChangesCoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var entity = exception.Entries.FirstOrDefault()?.Metadata.GetTableName() ?? "resource";
            throw new ConcurrencyConflictException(entity, exception);
        }
        catch (DbUpdateException exception) when (ConstraintViolations.TryTranslate(exception, out var translated))
        {
            throw translated;
        }
    }
}
