using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class ArticleRepository(ApplicationDbContext dbContext) : IArticleRepository
{
    // Inserts the missing tags and returns every id in one round trip. The SELECT half reads the
    // snapshot taken when the statement began, which the INSERT's own rows are not in: hence the UNION.
    private const string UpsertTagsSql = """
        WITH wanted AS (SELECT unnest(@names) AS name),
        inserted AS (
            INSERT INTO publishing.tags (name) SELECT name FROM wanted
            ON CONFLICT (name) DO NOTHING
            RETURNING id)
        SELECT id FROM inserted
        UNION
        SELECT tags.id FROM publishing.tags JOIN wanted ON wanted.name = tags.name
        """;

    private const string SelectTagsSql = "SELECT id FROM publishing.tags WHERE name = ANY(@names)";

    public Task<Article?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        dbContext.Articles.Include(article => article.Tags).FirstOrDefaultAsync(article => article.Slug == slug, cancellationToken);

    public Task<bool> IsSlugTakenAsync(string slug, Guid? exceptArticleId, CancellationToken cancellationToken) =>
        dbContext.Articles.AnyAsync(article => article.Slug == slug && article.Id != exceptArticleId, cancellationToken);

    public async Task<IReadOnlyList<int>> EnsureTagIdsAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken)
    {
        if (normalizedNames.Count == 0)
        {
            return [];
        }

        var names = normalizedNames.ToArray();
        var ids = await QueryTagIdsAsync(UpsertTagsSql, names, cancellationToken);

        // A tag inserted by a concurrent transaction that committed while ours waited on it is
        // neither ours to return nor in our statement's snapshot; a fresh statement sees it.
        return ids.Count == names.Length ? ids : await QueryTagIdsAsync(SelectTagsSql, names, cancellationToken);
    }

    public Task<ProfileDto?> FindAuthorAsync(Guid authorId, CancellationToken cancellationToken) =>
        dbContext.Users.AsNoTracking()
            .Where(user => user.Id == authorId)
            .Select(user => new ProfileDto { Username = user.Username, Bio = user.Bio, Image = user.Image })
            .FirstOrDefaultAsync(cancellationToken);

    public void Add(Article article) => dbContext.Articles.Add(article);

    public void Remove(Article article) => dbContext.Articles.Remove(article);

    private async Task<IReadOnlyList<int>> QueryTagIdsAsync(string sql, string[] names, CancellationToken cancellationToken) =>
        await dbContext.Database.QueryAsync(sql, reader => reader.GetInt32(0), cancellationToken, ("names", names));
}
