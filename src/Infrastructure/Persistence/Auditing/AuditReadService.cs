using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Application.Administration.Audit;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Pagination;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Auditing;

internal sealed class AuditReadService(ApplicationDbContext dbContext) : IAuditReadService
{
    public async Task<AuditEntryListDto> ListAsync(AuditFilter filter, PageRequest<long> page, CancellationToken cancellationToken)
    {
        if (page.Limit == 0)
        {
            return new AuditEntryListDto();
        }

        var entries = dbContext.AuditEntries.AsNoTracking();
        if (filter.ActorId is { } actorId)
        {
            entries = entries.Where(entry => entry.ActorId == actorId);
        }

        if (filter.Action is { } action)
        {
            entries = entries.Where(entry => entry.Action == action);
        }

        if (page.After is { } after)
        {
            entries = entries.Where(entry => EF.Functions.LessThan(
                ValueTuple.Create(entry.OccurredAt, entry.Id),
                ValueTuple.Create(after.Time, after.Id)));
        }

        // LIMIT next to ORDER BY, before the join: PostgreSQL walks the index and stops after the page.
        var window = entries.OrderByDescending(entry => entry.OccurredAt).ThenByDescending(entry => entry.Id).TakePageAndOneMore(page.Limit);
        var rows = await (
                from entry in window
                join actor in dbContext.Users on entry.ActorId equals actor.Id into actors
                from actor in actors.DefaultIfEmpty()
                orderby entry.OccurredAt descending, entry.Id descending
                select new AuditRow(
                    entry.Id,
                    entry.ActorId,
                    actor == null ? null : actor.Username,
                    entry.Action,
                    entry.TargetType,
                    entry.TargetId,
                    entry.Details,
                    entry.OccurredAt,
                    entry.CorrelationId))
            .ToListAsync(cancellationToken);

        var entryPage = rows.ToKeysetPage(page.Limit, CursorLists.Audit, last => new KeysetCursor<long>(last.OccurredAt, last.Id));
        return new AuditEntryListDto
        {
            Entries = entryPage.Rows.Select(ToDto).ToList(),
            NextCursor = entryPage.NextCursor,
        };
    }

    // Details is parsed after the query, so the query selects a row and this finishes it (ADR 0006).
    private static AuditEntryDto ToDto(AuditRow row) => new()
    {
        Id = row.Id,
        ActorId = row.ActorId,
        ActorUsername = row.ActorUsername,
        Action = row.Action,
        TargetType = row.TargetType,
        TargetId = row.TargetId,
        Details = JsonText.Parse(row.Details),
        OccurredAt = row.OccurredAt,
        CorrelationId = row.CorrelationId,
    };

    private sealed record AuditRow(
        long Id,
        Guid? ActorId,
        string? ActorUsername,
        string Action,
        string TargetType,
        string TargetId,
        string Details,
        DateTimeOffset OccurredAt,
        string? CorrelationId);
}
