namespace CleanBackend.Application.Notifications.Outbox;

/// <summary>What became of one outbox row in one attempt.</summary>
public sealed record OutboundEmailOutcome(Guid Id, string Kind, string Result)
{
    public const string Sent = "sent";

    /// <summary>A transient failure: the row stays pending and is retried later.</summary>
    public const string Retry = "retry";

    public const string Failed = "failed";
}
