using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;

[Authorize]
public sealed record CreateArticleCommand : ICommand<ArticleDto>
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<string?>? TagList { get; init; }
}

public sealed class CreateArticleCommandHandler(
    IArticleRepository articles,
    ITagRepository tags,
    IArticleReadService articleReads,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<CreateArticleCommand, ArticleDto>
{
    public async Task<ArticleDto> Handle(CreateArticleCommand request, CancellationToken cancellationToken)
    {
        var authorId = currentUser.RequireUserId();
        var tagIds = await tags.EnsureTagIdsAsync(TagNames.NormalizeAll(request.TagList ?? []), cancellationToken);
        var slug = await articles.UniqueSlugForAsync(request.Title!, exceptArticleId: null, cancellationToken);

        var article = Article.Publish(authorId, slug, request.Title!, request.Description!, request.Body!, tagIds, clock.GetUtcNow());
        articles.Add(article);

        // Flushed inside the command's transaction so the read below sees the new row.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var created = await articleReads.ReadChangedAsync(cacheEvictions, article.Slug, authorId, cancellationToken);
        cacheEvictions.Add(ArticleCacheKeys.Tags);
        return created;
    }
}
