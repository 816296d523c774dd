using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Notifications.Events;

/// <summary>A newsletter and its delivery rows were committed: its sending can be scheduled.</summary>
public sealed record NewsletterQueued(Guid NewsletterId, DateTimeOffset OccurredAt) : IDomainEvent;
