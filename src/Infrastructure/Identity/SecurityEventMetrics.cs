using System.Diagnostics.Metrics;
using CleanBackend.Infrastructure.Observability;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>security_events_total{event}: account-security events (password resets, MFA changes, ended sessions) by name.</summary>
public sealed class SecurityEventMetrics(IMeterFactory meterFactory)
{
    private readonly Counter<long> _events = meterFactory.Create(ApplicationMeter.Name)
        .CreateCounter<long>("security_events_total", description: "Account-security events by name (password reset, MFA, sessions).");

    public void Record(string securityEvent) =>
        _events.Add(1, new KeyValuePair<string, object?>("event", securityEvent));
}
