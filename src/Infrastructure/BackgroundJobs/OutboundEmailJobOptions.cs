namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>When the e-mail outbox is swept (section <c>Jobs:OutboundEmails</c>), besides the runs triggered after each commit.</summary>
public sealed class OutboundEmailJobOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
}
