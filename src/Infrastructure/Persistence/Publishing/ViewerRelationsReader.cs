using CleanBackend.Application.Publishing.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

/// <summary>Both flags in one round trip: the viewer's favorites among the articles, follows among the authors.</summary>
internal sealed class ViewerRelationsReader(ApplicationDbContext dbContext) : IViewerRelationsReader
{
    private const int FavoriteKind = 1;
    private const int FollowKind = 2;

    public async Task<ViewerRelations> ReadAsync(
        Guid viewerId,
        IReadOnlyCollection<Guid> articleIds,
        IReadOnlyCollection<Guid> authorIds,
        CancellationToken cancellationToken)
    {
        var favorites = dbContext.Favorites
            .Where(favorite => favorite.UserId == viewerId && articleIds.Contains(favorite.ArticleId))
            .Select(favorite => new { Kind = FavoriteKind, Id = favorite.ArticleId });
        var follows = dbContext.Follows
            .Where(follow => follow.FollowerId == viewerId && authorIds.Contains(follow.FolloweeId))
            .Select(follow => new { Kind = FollowKind, Id = follow.FolloweeId });

        var rows = await favorites.Concat(follows).AsNoTracking().ToListAsync(cancellationToken);
        return new ViewerRelations(
            rows.Where(row => row.Kind == FavoriteKind).Select(row => row.Id).ToHashSet(),
            rows.Where(row => row.Kind == FollowKind).Select(row => row.Id).ToHashSet());
    }
}
