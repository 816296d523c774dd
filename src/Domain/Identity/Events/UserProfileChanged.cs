using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>
/// What other users see of this user (username, bio, image) changed. <see cref="PreviousUsername"/>
/// is the username before the first change of the unit of work, so both names can be dropped from caches.
/// </summary>
public sealed record UserProfileChanged(Guid UserId, string PreviousUsername, string Username, DateTimeOffset OccurredAt) : IDomainEvent;
