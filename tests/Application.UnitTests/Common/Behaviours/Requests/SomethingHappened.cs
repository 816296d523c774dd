using CleanBackend.Domain.Common;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

public sealed record SomethingHappened(DateTimeOffset OccurredAt) : IDomainEvent;
