using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Notifications.Jobs;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;

/// <summary>
/// POST /api/admin/newsletters: queues a newsletter to every active user who has not opted out and
/// answers at once with the job that sends it in the background.
/// </summary>
[Authorize(Permissions = Permission.NewslettersSend)]
[Idempotent]
public sealed record SendNewsletterCommand : ICommand<JobDto>
{
    public string? Subject { get; init; }

    public string? HtmlBody { get; init; }

    public string? TextBody { get; init; }
}
