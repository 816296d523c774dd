namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>The device a request comes from, as the request describes it; recorded on the sessions a login starts.</summary>
public interface IClientDevice
{
    /// <summary>The User-Agent header as sent (unbounded; the session cuts it), or null.</summary>
    string? UserAgent { get; }

    /// <summary>The client's address (behind a configured proxy, the forwarded one), or null when unknown.</summary>
    string? IpAddress { get; }
}
