namespace CleanBackend.Application.Common.Interfaces;

/// <summary>
/// Tells a dependency's transient outage (the database unreachable, its connections cut) from a bug. Only
/// Infrastructure knows its drivers' exceptions; an outage is answered 503 and logged as a warning, not an error.
/// </summary>
public interface ITransientOutageClassifier
{
    bool IsTransientOutage(Exception exception);
}
