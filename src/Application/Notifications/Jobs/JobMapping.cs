using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Jobs;

internal static class JobMapping
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
