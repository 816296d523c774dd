using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Publishing;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;

[Authorize]
[Idempotent]
public sealed record CreateArticleCommand : ICommand<ArticleDto>
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<string?>? TagList { get; init; }
}

/// <summary>
/// Publishes the article and answers with it as its author sees it, built from what was just written (nobody has
/// favorited a new article yet) rather than read back: the row is saved when the command's transaction commits.
/// </summary>
public sealed class CreateArticleCommandHandler(
    IArticleRepository articles,
    ICurrentUser currentUser,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<CreateArticleCommand, ArticleDto>
{
    public async Task<ArticleDto> Handle(CreateArticleCommand request, CancellationToken cancellationToken)
    {
        var authorId = currentUser.RequireUserId();
        var author = await articles.FindAuthorAsync(authorId, cancellationToken) ?? throw new NotFoundException("user");
        var tagNames = TagNames.NormalizeAll(request.TagList ?? []);
        var tagIds = await articles.EnsureTagIdsAsync(tagNames, cancellationToken);
        var slug = await articles.UniqueSlugForAsync(request.Title!, exceptArticleId: null, cancellationToken);

        var article = Article.Publish(authorId, slug, request.Title!, request.Description!, request.Body!, tagIds, clock.GetUtcNow());
        articles.Add(article);

        cacheEvictions.Add(ArticleCacheKeys.ArticleChanged(article.Slug, author.Username));
        cacheEvictions.Add(ArticleCacheKeys.Tags);
        return AsSeenByItsAuthor(article, tagNames, author);
    }

    private static ArticleDto AsSeenByItsAuthor(Article article, IReadOnlyList<string> tagNames, ProfileDto author) => new()
    {
        Slug = article.Slug,
        Title = article.Title,
        Description = article.Description,
        Body = article.Body,
        TagList = tagNames,
        CreatedAt = article.CreatedAt,
        UpdatedAt = article.UpdatedAt,
        Favorited = false,
        FavoritesCount = 0,
        Author = author,
    };
}
