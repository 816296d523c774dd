using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>The password was set through a reset link; Notifications tells the owner of <see cref="Email"/>.</summary>
public sealed record PasswordResetCompleted(Guid UserId, string Username, string Email, DateTimeOffset OccurredAt) : IDomainEvent;
