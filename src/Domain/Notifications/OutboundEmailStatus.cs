namespace CleanBackend.Domain.Notifications;

public enum OutboundEmailStatus
{
    /// <summary>Waiting to be sent (again) at its next attempt time.</summary>
    Pending,

    /// <summary>The mail server accepted it.</summary>
    Sent,

    /// <summary>Refused for good, or out of attempts; kept with the last error.</summary>
    Failed,
}
