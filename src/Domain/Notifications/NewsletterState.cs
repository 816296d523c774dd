namespace CleanBackend.Domain.Notifications;

/// <summary>Where a newsletter's sending stands; stored as its lower-case name.</summary>
public enum NewsletterState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
