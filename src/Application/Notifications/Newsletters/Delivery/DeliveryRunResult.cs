namespace CleanBackend.Application.Notifications.Newsletters.Delivery;

public enum DeliveryRunResult
{
    /// <summary>Every delivery is final and the newsletter has its final state.</summary>
    Finished,

    /// <summary>There is no such newsletter.</summary>
    NotFound,

    /// <summary>A transient failure, or claims of another run still open: run again after a while.</summary>
    RetryLater,

    /// <summary>Stopped between messages because the process is shutting down; the rest is pending again.</summary>
    HandedBack,
}
