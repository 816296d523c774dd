using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Application.Administration.Stats;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Administration;

internal sealed class AdminStatsReader(ApplicationDbContext dbContext) : IAdminStatsReader
{
    public async Task<AdminStatsDto> ReadAsync(CancellationToken cancellationToken)
    {
        // One statement, so the counts are of one snapshot; exact counts are fine at admin-dashboard rates.
        // The aliases are the row type's property names in snake_case: the naming convention maps query row types too.
        var counts = await dbContext.Database.SqlQuery<StatsRow>($"""
            SELECT (SELECT count(*) FROM identity.users) AS users,
                   (SELECT count(*) FROM identity.users WHERE is_active) AS active_users,
                   (SELECT count(*) FROM publishing.articles) AS articles,
                   (SELECT count(*) FROM publishing.comments) AS comments,
                   count(*) FILTER (WHERE newsletter.state = 'queued') AS queued_jobs,
                   count(*) FILTER (WHERE newsletter.state = 'running') AS running_jobs,
                   count(*) FILTER (WHERE newsletter.state = 'succeeded') AS succeeded_jobs,
                   count(*) FILTER (WHERE newsletter.state = 'failed') AS failed_jobs
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
