using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>The account moved to another address; Notifications tells <see cref="PreviousEmail"/>, in case it was not its owner's doing.</summary>
public sealed record EmailChanged(Guid UserId, string Username, string PreviousEmail, string Email, DateTimeOffset OccurredAt) : IDomainEvent;
