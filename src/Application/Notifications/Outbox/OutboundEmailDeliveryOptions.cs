using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Application.Notifications.Outbox;

/// <summary>How the outbox is drained (section <c>Notifications:Outbox</c>).</summary>
public sealed class OutboundEmailDeliveryOptions
{
    public const string SectionName = "Notifications:Outbox";

    /// <summary>Rows claimed at a time.</summary>
    [Range(1, int.MaxValue)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed row is reserved for the worker that claimed it; after that another may retry it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts a row is marked failed.</summary>
    [Range(1, int.MaxValue)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first transient failure; it doubles with each further one, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);
}
