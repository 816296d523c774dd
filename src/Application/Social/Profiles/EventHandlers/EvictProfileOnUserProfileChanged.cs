using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Identity.Events;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.EventHandlers;

/// <summary>A user's new name, bio or image must show in their profile at once, under the old and the new name.</summary>
public sealed class EvictProfileOnUserProfileChanged(CacheEvictions cacheEvictions)
    : INotificationHandler<DomainEventNotification<UserProfileChanged>>
{
    public Task Handle(DomainEventNotification<UserProfileChanged> notification, CancellationToken cancellationToken)
    {
        cacheEvictions.Add(
            ProfileCacheKeys.Profile(notification.DomainEvent.PreviousUsername),
            ProfileCacheKeys.Profile(notification.DomainEvent.Username));
        return Task.CompletedTask;
    }
}
