using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>A user registered; other modules (Notifications: the welcome e-mail) react to it.</summary>
public sealed record UserRegistered(Guid UserId, string Username, string Email, DateTimeOffset OccurredAt) : IDomainEvent;
