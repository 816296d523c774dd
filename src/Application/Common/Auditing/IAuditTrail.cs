namespace CleanBackend.Application.Common.Auditing;

/// <summary>
/// Records an administrative action. The entry joins the current unit of work, so it is committed
/// with the action or not at all; call it from a command handler (an <c>ICommand</c>), one line:
/// <c>auditTrail.Record(AuditActions.UserDeactivated, AuditTargets.User, user.Id.ToString())</c>.
/// The actor, time and correlation id are filled in.
/// </summary>
public interface IAuditTrail
{
    /// <param name="action">A dotted name, e.g. <c>users.roles.changed</c> (see <see cref="AuditActions"/>).</param>
    /// <param name="targetType">What was acted on, e.g. <c>user</c> (see <see cref="AuditTargets"/>).</param>
    /// <param name="targetId">Its id as text.</param>
    /// <param name="details">Anything worth keeping about the change; serialized as a JSON object.</param>
    void Record(string action, string targetType, string targetId, object? details = null);
}
