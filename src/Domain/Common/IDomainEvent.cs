namespace CleanBackend.Domain.Common;

/// <summary>Something that happened in the domain and that other parts of the system may react to once it is committed.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
