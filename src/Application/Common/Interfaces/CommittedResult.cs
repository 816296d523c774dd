using CleanBackend.Domain.Common;

namespace CleanBackend.Application.Common.Interfaces;

public sealed record CommittedResult<TResult>(TResult Result, IReadOnlyList<IDomainEvent> DomainEvents);
