using CleanBackend.Application.Common.Auditing;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>Writes the event to the audit trail (committed with the change that caused it) and counts it.</summary>
internal sealed class SecurityEvents(IAuditTrail auditTrail, SecurityEventMetrics metrics) : ISecurityEvents
{
    public void Record(string securityEvent, Guid userId, object? details = null)
    {
        auditTrail.Record(securityEvent, AuditTargets.User, userId.ToString(), details);
        metrics.Record(securityEvent);
    }
}
