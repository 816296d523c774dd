namespace CleanBackend.Application.Notifications.Jobs;

/// <summary>A background job as admins follow it: its state, progress counts and timestamps.</summary>
public sealed class JobDto
{
    public const string NewsletterType = "newsletter";

    public Guid Id { get; init; }

    public string Type { get; init; } = NewsletterType;

    /// <summary>queued, running, succeeded or failed.</summary>
    public string State { get; init; } = string.Empty;

    public int Total { get; init; }

    public int Sent { get; init; }

    public int Failed { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
