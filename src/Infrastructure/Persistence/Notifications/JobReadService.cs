using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

/// <summary>Jobs are newsletters for now; the list seeks on (created_at, id) over ix_newsletters_created_at_id.</summary>
internal sealed class JobReadService(ApplicationDbContext dbContext) : IJobReadService
{
    public async Task<JobDto?> FindAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var newsletter = await dbContext.Newsletters.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == jobId, cancellationToken);
        return newsletter?.ToJobDto();
    }

    public async Task<JobListDto> ListAsync(int limit, CreatedAtGuidCursor? after, CancellationToken cancellationToken)
    {
        var query = dbContext.Newsletters.AsNoTracking();
        if (after is { } cursor)
        {
            query = query.Where(newsletter => EF.Functions.LessThan(
                ValueTuple.Create(newsletter.CreatedAt, newsletter.Id),
                ValueTuple.Create(cursor.CreatedAt, cursor.Id)));
        }

        // One row more than the page tells whether another page follows.
        var rows = await query
            .OrderByDescending(newsletter => newsletter.CreatedAt)
            .ThenByDescending(newsletter => newsletter.Id)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var page = rows.Take(limit).Select(newsletter => newsletter.ToJobDto()).ToList();
        var last = page.LastOrDefault();
        return new JobListDto
        {
            Jobs = page,
            NextCursor = rows.Count > limit && last is not null ? new CreatedAtGuidCursor(last.CreatedAt, last.Id).Encode(CreatedAtGuidCursor.JobsPurpose) : null,
        };
    }
}
