using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Application.Administration.Stats;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Administration;

internal sealed class AdminStatsReader(ApplicationDbContext dbContext) : IAdminStatsReader
{
    public async Task<AdminStatsDto> ReadAsync(CancellationToken cancellationToken)
    {
        // One statement, so the counts are of one snapshot; exact counts are fine at admin-dashboard rates.
        // The aliases are the row type's property names: it is not an entity, so no snake_case mapping applies.
        var counts = await dbContext.Database.SqlQuery<StatsRow>($"""
            SELECT (SELECT count(*) FROM identity.users) AS "Users",
                   (SELECT count(*) FROM identity.users WHERE is_active) AS "ActiveUsers",
                   (SELECT count(*) FROM publishing.articles) AS "Articles",
                   (SELECT count(*) FROM publishing.comments) AS "Comments",
                   count(*) FILTER (WHERE newsletter.state = 'queued') AS "QueuedJobs",
                   count(*) FILTER (WHERE newsletter.state = 'running') AS "RunningJobs",
                   count(*) FILTER (WHERE newsletter.state = 'succeeded') AS "SucceededJobs",
                   count(*) FILTER (WHERE newsletter.state = 'failed') AS "FailedJobs"
            FROM notifications.newsletters AS newsletter
            """).SingleAsync(cancellationToken);
        return new AdminStatsDto
        {
            Users = counts.Users,
            ActiveUsers = counts.ActiveUsers,
            Articles = counts.Articles,
            Comments = counts.Comments,
            Jobs = new JobStateCountsDto
            {
                Queued = counts.QueuedJobs,
                Running = counts.RunningJobs,
                Succeeded = counts.SucceededJobs,
                Failed = counts.FailedJobs,
            },
        };
    }

    private sealed record StatsRow(
        long Users,
        long ActiveUsers,
        long Articles,
        long Comments,
        long QueuedJobs,
        long RunningJobs,
        long SucceededJobs,
        long FailedJobs);
}
