using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>A password reset was asked for a known, active account; Notifications mails the link to <see cref="Email"/>.</summary>
public sealed record PasswordResetRequested(Guid UserId, string Username, string Email, MailedToken Token, DateTimeOffset OccurredAt) : IDomainEvent;
