namespace CleanBackend.Application.Notifications.Abstractions;

/// <summary>Starts (or continues) the background sending of a newsletter on whichever replica is free.</summary>
public interface INewsletterDeliveryScheduler
{
    /// <summary>Runs the newsletter's delivery job after <paramref name="delay"/>; a run already planned earlier is kept.</summary>
    Task ScheduleAsync(Guid newsletterId, TimeSpan delay, CancellationToken cancellationToken);
}
