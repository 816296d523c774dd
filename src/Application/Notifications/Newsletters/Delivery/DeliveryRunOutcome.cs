namespace CleanBackend.Application.Notifications.Newsletters.Delivery;

/// <summary>How a delivery run ended, and whether (and when) the job must run again.</summary>
public sealed record DeliveryRunOutcome(DeliveryRunResult Result, TimeSpan RunAgainAfter, int Sent, int Failed)
{
    public bool MustRunAgain => Result is DeliveryRunResult.RetryLater or DeliveryRunResult.HandedBack;
}
