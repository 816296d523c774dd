using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>A user registered; other modules (Notifications: the welcome e-mail) react to it.</summary>
public sealed record UserRegistered(Guid UserId, string Username, string Email, DateTimeOffset OccurredAt) : IDomainEvent
{
    /// <summary>The verification token of the new address, when one was issued: the welcome mail carries its link, so a new account gets one mail, not two.</summary>
    public MailedToken? EmailVerification { get; init; }
}
