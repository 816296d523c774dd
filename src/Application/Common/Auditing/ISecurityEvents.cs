namespace CleanBackend.Application.Common.Auditing;

/// <summary>
/// Records an account-security event (see <see cref="SecurityEventNames"/>): an audit entry on the user,
/// joining the current unit of work like <see cref="IAuditTrail"/>, and one count of
/// <c>security_events_total{event}</c>. Call it from the command handler that caused the event.
/// </summary>
public interface ISecurityEvents
{
    /// <param name="securityEvent">One of <see cref="SecurityEventNames"/>.</param>
    /// <param name="userId">The account the event is about (not necessarily the actor: an admin may end a user's sessions).</param>
    /// <param name="details">Anything worth keeping; never a secret, token or code.</param>
    void Record(string securityEvent, Guid userId, object? details = null);
}
