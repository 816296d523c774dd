using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Jobs;

/// <summary>A newsletter as the job admins follow; used by the command that creates it and by the read service.</summary>
public static class JobMapping
{
    public static JobDto ToJobDto(this Newsletter newsletter) =>
        new()
        {
            Id = newsletter.Id,
            Type = JobDto.NewsletterType,
            State = newsletter.State.ToString().ToLowerInvariant(),
            Total = newsletter.Total,
            Sent = newsletter.Sent,
            Failed = newsletter.Failed,
            CreatedAt = newsletter.CreatedAt,
            StartedAt = newsletter.StartedAt,
            FinishedAt = newsletter.FinishedAt,
        };
}
