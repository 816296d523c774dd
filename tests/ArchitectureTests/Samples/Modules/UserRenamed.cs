using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>Stands in for a domain event Identity will publish for other modules (none exists yet).</summary>
internal sealed record UserRenamed(Guid UserId, string Username, DateTimeOffset OccurredAt) : IDomainEvent;
