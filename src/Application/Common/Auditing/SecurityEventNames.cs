namespace CleanBackend.Application.Common.Auditing;

/// <summary>
/// The account-security events, each both an audit action (filterable with <c>GET /api/admin/audit?action=</c>)
/// and a value of the <c>event</c> label of <c>security_events_total</c>.
/// </summary>
public static class SecurityEventNames
{
    public const string PasswordResetRequested = "security.password_reset.requested";
    public const string PasswordResetCompleted = "security.password_reset.completed";
    public const string EmailVerified = "security.email.verified";
    public const string EmailChanged = "security.email.changed";
    public const string MfaEnrolled = "security.mfa.enrolled";
    public const string MfaDisabled = "security.mfa.disabled";
    public const string RecoveryCodeUsed = "security.mfa.recovery_code_used";
    public const string SessionEnded = "security.session.ended";
    public const string SessionsEndedByAdmin = "security.sessions.ended_by_admin";
}
