namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

public sealed record IdempotentTestResult(Guid Id, string Title, DateTimeOffset CreatedAt);
