using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Application.Administration.Stats;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Administration;

internal sealed class AdminStatsReader(ApplicationDbContext dbContext) : IAdminStatsReader
{
    public async Task<AdminStatsDto> ReadAsync(CancellationToken cancellationToken)
    {
        // One statement, so the counts are of one snapshot; exact counts are fine at admin-dashboard rates.
        var counts = await dbContext.Database.SqlQuery<StatsRow>($"""
            SELECT (SELECT count(*) FROM identity.users) AS users,
                   (SELECT count(*) FROM identity.users WHERE is_active) AS active_users,
                   (SELECT count(*) FROM publishing.articles) AS articles,
                   (SELECT count(*) FROM publishing.comments) AS comments
            """).SingleAsync(cancellationToken);
        return new AdminStatsDto
        {
            Users = counts.Users,
            ActiveUsers = counts.ActiveUsers,
            Articles = counts.Articles,
            Comments = counts.Comments,
        };
    }

    private sealed record StatsRow(long Users, long ActiveUsers, long Articles, long Comments);
}
