using CleanBackend.Application.Publishing.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

/// <summary>
/// One statement each: the favorite row and the count change together, and the count moves only
/// when a row was really inserted or deleted. The UPDATE's row lock serialises concurrent changes
/// to one article, so no increment is lost.
/// </summary>
internal sealed class FavoriteStore(ApplicationDbContext dbContext) : IFavoriteStore
{
    public async Task FavoriteAsync(Guid userId, Guid articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await dbContext.Database.ExecuteSqlInterpolatedAsync(
                $"""
                WITH inserted AS (
                    INSERT INTO publishing.favorites (user_id, article_id, created_at)
                    VALUES ({userId}, {articleId}, {now})
                    ON CONFLICT DO NOTHING
                    RETURNING article_id)
                UPDATE publishing.articles SET favorites_count = favorites_count + 1
                WHERE id IN (SELECT article_id FROM inserted)
                """,
                cancellationToken);
        }
        catch (Exception exception) when (ConstraintViolations.TryTranslate(exception, out var translated))
        {
            throw translated;
        }
    }

    public Task UnfavoriteAsync(Guid userId, Guid articleId, CancellationToken cancellationToken) =>
        dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            WITH deleted AS (
                DELETE FROM publishing.favorites
                WHERE user_id = {userId} AND article_id = {articleId}
                RETURNING article_id)
            UPDATE publishing.articles SET favorites_count = favorites_count - 1
            WHERE id IN (SELECT article_id FROM deleted)
            """,
            cancellationToken);
}
