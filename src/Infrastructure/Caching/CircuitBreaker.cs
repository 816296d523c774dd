namespace CleanBackend.Infrastructure.Caching;

/// <summary>
/// Closed: calls go through. After <c>failureThreshold</c> consecutive failures it opens: calls are
/// refused at once for <c>breakDuration</c>, then one trial call is let through (half-open); its
/// success closes the circuit and raises <see cref="Recovered"/>, its failure opens it again.
/// </summary>
public sealed class CircuitBreaker(int failureThreshold, TimeSpan breakDuration, TimeProvider clock)
{
    private readonly object _gate = new();
    private int _consecutiveFailures;
    private DateTimeOffset? _openUntil;
    private bool _trialInFlight;

    /// <summary>Raised once when the circuit closes after having been open.</summary>
    public event Action? Recovered;

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _openUntil is not null;
            }
        }
    }

    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_openUntil is null)
            {
                return true;
            }

            if (clock.GetUtcNow() < _openUntil || _trialInFlight)
            {
                return false;
            }

            _trialInFlight = true;
            return true;
        }
    }

    public void RecordSuccess()
    {
        bool recovered;
        lock (_gate)
        {
            recovered = _openUntil is not null;
            _consecutiveFailures = 0;
            _openUntil = null;
            _trialInFlight = false;
        }

        if (recovered)
        {
            Recovered?.Invoke();
        }
    }

    public void RecordFailure()
    {
        lock (_gate)
        {
            _consecutiveFailures++;
            _trialInFlight = false;
            if (_openUntil is not null || _consecutiveFailures >= failureThreshold)
            {
                _openUntil = clock.GetUtcNow() + breakDuration;
            }
        }
    }
}
