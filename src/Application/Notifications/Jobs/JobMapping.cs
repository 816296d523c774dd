using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Jobs;

/// <summary>A newsletter as the job admins follow; used by the command that creates it and by the read service.</summary>
public static class JobMapping
{
    public static JobDto ToJobDto(this Newsletter newsletter) =>
        ToJobDto(
            newsletter.Id,
            newsletter.State,
            newsletter.Total,
            newsletter.Sent,
            newsletter.Failed,
            newsletter.CreatedAt,
            newsletter.StartedAt,
            newsletter.FinishedAt);

    /// <summary>Maps the columns a job shows, so readers need not load a newsletter's bodies.</summary>
    public static JobDto ToJobDto(
        Guid id,
        NewsletterState state,
        int total,
        int sent,
        int failed,
        DateTimeOffset createdAt,
        DateTimeOffset? startedAt,
        DateTimeOffset? finishedAt) =>
        new()
        {
            Id = id,
            State = state.ToString().ToLowerInvariant(),
            Total = total,
            Sent = sent,
            Failed = failed,
            CreatedAt = createdAt,
            StartedAt = startedAt,
            FinishedAt = finishedAt,
        };
}
