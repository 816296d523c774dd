using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity;

public sealed record UserRegistered(Guid UserId, string Username, string Email, DateTimeOffset OccurredAt) : IDomainEvent;
