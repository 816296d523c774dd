using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Identity.Events;
using MediatR;

namespace CleanBackend.Application.Publishing.Articles.EventHandlers;

/// <summary>Cached articles show their author's profile, so an author's new name, bio or image evicts them.</summary>
public sealed class EvictArticlesOnUserProfileChanged(IArticleReadService articles, CacheEvictions cacheEvictions)
    : INotificationHandler<DomainEventNotification<UserProfileChanged>>
{
    public async Task Handle(DomainEventNotification<UserProfileChanged> notification, CancellationToken cancellationToken)
    {
        var changed = notification.DomainEvent;
        var slugs = await articles.ListSlugsByAuthorAsync(changed.UserId, cancellationToken);
        cacheEvictions.Add(
            slugs.Select(ArticleCacheKeys.Article)
                .Concat(ArticleCacheKeys.FirstPagesShowing(changed.PreviousUsername))
                .Concat(ArticleCacheKeys.FirstPagesShowing(changed.Username)));
    }
}
