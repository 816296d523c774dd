using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>
/// An existing account has an address to prove (after an e-mail change); Notifications mails the link to
/// <see cref="Email"/>. A new account's link goes in its welcome mail instead (<see cref="UserRegistered.EmailVerification"/>).
/// </summary>
public sealed record EmailVerificationRequested(Guid UserId, string Username, string Email, MailedToken Token, DateTimeOffset OccurredAt) : IDomainEvent;
