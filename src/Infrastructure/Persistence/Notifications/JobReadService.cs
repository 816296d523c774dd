using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Jobs;
using CleanBackend.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

/// <summary>Jobs are newsletters for now; the list seeks on (created_at, id) over ix_newsletters_created_at_id.</summary>
internal sealed class JobReadService(ApplicationDbContext dbContext) : IJobReadService
{
    public async Task<JobDto?> FindAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var row = await ProjectRows(dbContext.Newsletters.Where(candidate => candidate.Id == jobId)).FirstOrDefaultAsync(cancellationToken);
        return row?.ToJobDto();
    }

    public async Task<JobListDto> ListAsync(int limit, KeysetCursor<Guid>? after, CancellationToken cancellationToken)
    {
        IQueryable<Newsletter> query = dbContext.Newsletters;
        if (after is { } cursor)
        {
            query = query.Where(newsletter => EF.Functions.LessThan(
                ValueTuple.Create(newsletter.CreatedAt, newsletter.Id),
                ValueTuple.Create(cursor.Time, cursor.Id)));
        }

        var rows = await ProjectRows(query
                .OrderByDescending(newsletter => newsletter.CreatedAt)
                .ThenByDescending(newsletter => newsletter.Id)
                .TakePageAndOneMore(limit))
            .ToListAsync(cancellationToken);
        var page = rows.ToKeysetPage(limit, CursorLists.Jobs, last => new KeysetCursor<Guid>(last.CreatedAt, last.Id));
        return new JobListDto { Jobs = page.Rows.Select(row => row.ToJobDto()).ToList(), NextCursor = page.NextCursor };
    }

    // Only the columns a job shows: a newsletter's bodies may run to hundreds of thousands of characters.
    private static IQueryable<JobRow> ProjectRows(IQueryable<Newsletter> newsletters) =>
        newsletters.Select(newsletter => new JobRow(
            newsletter.Id,
            newsletter.State,
            newsletter.Total,
            newsletter.Sent,
            newsletter.Failed,
            newsletter.CreatedAt,
            newsletter.StartedAt,
            newsletter.FinishedAt));

    private sealed record JobRow(
        Guid Id,
        NewsletterState State,
        int Total,
        int Sent,
        int Failed,
        DateTimeOffset CreatedAt,
        DateTimeOffset? StartedAt,
        DateTimeOffset? FinishedAt)
    {
        public JobDto ToJobDto() => JobMapping.ToJobDto(Id, State, Total, Sent, Failed, CreatedAt, StartedAt, FinishedAt);
    }
}
