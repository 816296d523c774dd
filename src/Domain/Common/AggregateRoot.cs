namespace CleanBackend.Domain.Common;

public abstract class AggregateRoot : IHasDomainEvents
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Raises the event, replacing a pending one of the same type: several changes, one notification.</summary>
    protected void RaiseOrReplace<TEvent>(Func<TEvent?, TEvent> create)
        where TEvent : IDomainEvent
    {
        var pending = _domainEvents.OfType<TEvent>().FirstOrDefault();
        if (pending is not null)
        {
            _domainEvents.Remove(pending);
        }

        _domainEvents.Add(create(pending));
    }
}
