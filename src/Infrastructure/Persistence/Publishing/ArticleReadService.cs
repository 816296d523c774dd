using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

/// <summary>
/// Article reads as one SQL statement per page (plus one COUNT for lists): author, tags and the
/// viewer's favorited/following flags are joined in, so a page costs the same whatever its size.
/// </summary>
internal sealed class ArticleReadService(ApplicationDbContext dbContext) : IArticleReadService
{
    public Task<ArticleDto?> FindAsync(string slug, Guid? viewerId, CancellationToken cancellationToken) =>
        Project(dbContext.Articles.Where(article => article.Slug == slug), viewerId, includeBody: true)
            .Select(row => row.Article)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<Guid?> FindIdAsync(string slug, CancellationToken cancellationToken) =>
        dbContext.Articles.AsNoTracking()
            .Where(article => article.Slug == slug)
            .Select(article => (Guid?)article.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<ArticleSnapshot?> FindSnapshotAsync(string slug, CancellationToken cancellationToken) =>
        Project(dbContext.Articles.Where(article => article.Slug == slug), viewerId: null, includeBody: true)
            .Select(row => new ArticleSnapshot(row.Id, row.AuthorId, row.Article))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ArticlePageSnapshot> FirstPageSnapshotAsync(string? author, int limit, CancellationToken cancellationToken)
    {
        var articles = author is null ? dbContext.Articles : ByAuthor(dbContext.Articles, author);
        var page = await PageByDateAsync(articles, new PageRequest<Guid>(limit, 0, null), viewerId: null, cancellationToken);
        return new ArticlePageSnapshot(
            page.Rows.Select(row => new ArticleSnapshot(row.Id, row.AuthorId, row.Article)).ToList(),
            page.Total,
            page.NextCursor);
    }

    public async Task<IReadOnlyList<string>> ListSlugsByAuthorAsync(Guid authorId, CancellationToken cancellationToken) =>
        await dbContext.Articles.AsNoTracking()
            .Where(article => article.AuthorId == authorId)
            .Select(article => article.Slug)
            .ToListAsync(cancellationToken);

    public Task<ArticleListDto> ListAsync(ArticleFilter filter, PageRequest<Guid> page, Guid? viewerId, CancellationToken cancellationToken)
    {
        var articles = dbContext.Articles.AsQueryable();

        if (filter.Tag is not null)
        {
            var tagName = TagNames.Normalize(filter.Tag);
            var tagIds = dbContext.Tags.Where(tag => tag.Name == tagName).Select(tag => tag.Id);
            articles = articles.Where(article => dbContext.ArticleTags.Any(
                articleTag => articleTag.ArticleId == article.Id && tagIds.Contains(articleTag.TagId)));
        }

        if (filter.Author is not null)
        {
            articles = ByAuthor(articles, filter.Author);
        }

        if (filter.FavoritedBy is not null)
        {
            var favoriterIds = UserIdsNamed(filter.FavoritedBy);
            articles = articles.Where(article => dbContext.Favorites.Any(
                favorite => favorite.ArticleId == article.Id && favoriterIds.Contains(favorite.UserId)));
        }

        return filter.Search is null
            ? ToListAsync(PageByDateAsync(articles, page, viewerId, cancellationToken))
            : ToListAsync(PageBySearchRankAsync(articles, filter.Search, page, viewerId, cancellationToken));
    }

    public Task<ArticleListDto> FeedAsync(Guid viewerId, PageRequest<Guid> page, CancellationToken cancellationToken)
    {
        var followed = dbContext.Follows.Where(follow => follow.FollowerId == viewerId).Select(follow => follow.FolloweeId);
        return ToListAsync(PageByDateAsync(dbContext.Articles.Where(article => followed.Contains(article.AuthorId)), page, viewerId, cancellationToken));
    }

    private static async Task<ArticleListDto> ToListAsync(Task<RowPage> pending)
    {
        var page = await pending;
        return new ArticleListDto
        {
            Articles = page.Rows.Select(row => (ArticleSummaryDto)row.Article).ToList(),
            ArticlesCount = page.Total,
            NextCursor = page.NextCursor,
        };
    }

    private async Task<RowPage> PageByDateAsync(
        IQueryable<Article> articles,
        PageRequest<Guid> page,
        Guid? viewerId,
        CancellationToken cancellationToken)
    {
        var total = await articles.CountAsync(cancellationToken);
        if (page.Limit == 0)
        {
            return new RowPage([], total, null);
        }

        var seek = articles;
        if (page.After is { } after)
        {
            seek = seek.Where(article => EF.Functions.LessThan(
                ValueTuple.Create(article.CreatedAt, article.Id),
                ValueTuple.Create(after.Time, after.Id)));
        }

        var ordered = seek.OrderByDescending(article => article.CreatedAt).ThenByDescending(article => article.Id);
        // LIMIT next to ORDER BY, before the joins: PostgreSQL then walks the index and stops after the page.
        var window = (page.After is null ? ordered.Skip(page.Offset) : ordered).TakePageAndOneMore(page.Limit);
        var rows = await Project(window, viewerId, includeBody: false).ToListAsync(cancellationToken);

        return ToPage(rows, total, page.Limit, last => new KeysetCursor<Guid>(last.CreatedAt, last.Id));
    }

    private async Task<RowPage> PageBySearchRankAsync(
        IQueryable<Article> articles,
        string search,
        PageRequest<Guid> page,
        Guid? viewerId,
        CancellationToken cancellationToken)
    {
        var matching = articles.Where(article => EF.Property<NpgsqlTsVector>(article, ArticleConfiguration.SearchVectorProperty)
            .Matches(EF.Functions.WebSearchToTsQuery(ArticleConfiguration.SearchConfiguration, search)));
        var total = await matching.CountAsync(cancellationToken);
        if (page.Limit == 0)
        {
            return new RowPage([], total, null);
        }

        var ranked = matching.Select(article => new
        {
            Article = article,
            Rank = EF.Property<NpgsqlTsVector>(article, ArticleConfiguration.SearchVectorProperty)
                .Rank(EF.Functions.WebSearchToTsQuery(ArticleConfiguration.SearchConfiguration, search)),
        });

        if (page.After is { Rank: { } afterRank } after)
        {
            ranked = ranked.Where(candidate => EF.Functions.LessThan(
                ValueTuple.Create(candidate.Rank, candidate.Article.CreatedAt, candidate.Article.Id),
                ValueTuple.Create(afterRank, after.Time, after.Id)));
        }

        var ordered = ranked
            .OrderByDescending(candidate => candidate.Rank)
            .ThenByDescending(candidate => candidate.Article.CreatedAt)
            .ThenByDescending(candidate => candidate.Article.Id);
        var pageQuery = page.After is null ? ordered.Skip(page.Offset) : ordered;

        var rows = await pageQuery
            .Select(candidate => new { candidate.Rank, candidate.Article.Id })
            .TakePageAndOneMore(page.Limit)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return new RowPage([], total, null);
        }

        // Ranking needs the whole match set; the page's rows are then projected by id in a second statement.
        var ids = rows.Select(row => row.Id).ToList();
        var projected = (await Project(dbContext.Articles.Where(article => ids.Contains(article.Id)), viewerId, includeBody: false)
                .ToListAsync(cancellationToken))
            .ToDictionary(row => row.Id);
        var orderedRows = rows.Select(row => projected[row.Id]).ToList();
        var ranks = rows.ToDictionary(row => row.Id, row => row.Rank);

        return ToPage(orderedRows, total, page.Limit, last => new KeysetCursor<Guid>(last.CreatedAt, last.Id, ranks[last.Id]));
    }

    private static RowPage ToPage(List<ArticleRow> rows, int total, int limit, Func<ArticleRow, KeysetCursor<Guid>> positionOf)
    {
        var page = rows.ToKeysetPage(limit, CursorLists.Articles, positionOf);
        return new RowPage(page.Rows, total, page.NextCursor);
    }

    private IQueryable<Article> ByAuthor(IQueryable<Article> articles, string author)
    {
        var authorIds = UserIdsNamed(author);
        return articles.Where(article => authorIds.Contains(article.AuthorId));
    }

    private IQueryable<Guid> UserIdsNamed(string username)
    {
        var normalizedUsername = UsernameRules.Normalize(username);
        return dbContext.Users.Where(user => user.NormalizedUsername == normalizedUsername).Select(user => user.Id);
    }

    /// <summary>
    /// The article as the viewer sees it. Lists leave the body out of the SELECT (it is the large
    /// column) and serialise the rows as <see cref="ArticleSummaryDto"/>, which has no body member.
    /// </summary>
    private IQueryable<ArticleRow> Project(IQueryable<Article> articles, Guid? viewerId, bool includeBody) =>
        from article in articles.AsNoTracking()
        join author in dbContext.Users on article.AuthorId equals author.Id
        select new ArticleRow(
            article.Id,
            article.AuthorId,
            article.CreatedAt,
            new ArticleDto
            {
                Slug = article.Slug,
                Title = article.Title,
                Description = article.Description,
                Body = includeBody ? article.Body : string.Empty,
                TagList = dbContext.ArticleTags
                    .Where(articleTag => articleTag.ArticleId == article.Id)
                    .Join(dbContext.Tags, articleTag => articleTag.TagId, tag => tag.Id, (_, tag) => tag.Name)
                    // Ordinal, as TagNames.NormalizeAll orders them (a new article's answer), whatever the database's collation.
                    .OrderBy(name => EF.Functions.Collate(name, "C"))
                    .ToList(),
                CreatedAt = article.CreatedAt,
                UpdatedAt = article.UpdatedAt,
                Favorited = viewerId != null
                    && dbContext.Favorites.Any(favorite => favorite.ArticleId == article.Id && favorite.UserId == viewerId),
                FavoritesCount = article.FavoritesCount,
                Author = new ProfileDto
                {
                    Username = author.Username,
                    Bio = author.Bio,
                    Image = author.Image,
                    Following = viewerId != null
                        && dbContext.Follows.Any(follow => follow.FollowerId == viewerId && follow.FolloweeId == article.AuthorId),
                },
            });

    private sealed record ArticleRow(Guid Id, Guid AuthorId, DateTimeOffset CreatedAt, ArticleDto Article);

    private sealed record RowPage(List<ArticleRow> Rows, int Total, string? NextCursor);
}
