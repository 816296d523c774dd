using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Identity.Events;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.EventHandlers;

/// <summary>A user's new name, bio or image must show in their profile at once, under the old and the new name.</summary>
public sealed class EvictProfileOnUserProfileChanged(ICacheService cache)
    : INotificationHandler<DomainEventNotification<UserProfileChanged>>
{
    public Task Handle(DomainEventNotification<UserProfileChanged> notification, CancellationToken cancellationToken) =>
        cache.RemoveAsync(
            [ProfileCacheKeys.Profile(notification.DomainEvent.PreviousUsername), ProfileCacheKeys.Profile(notification.DomainEvent.Username)],
            cancellationToken);
}
