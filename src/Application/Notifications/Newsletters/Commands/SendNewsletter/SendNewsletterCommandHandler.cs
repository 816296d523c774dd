using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Jobs;
using CleanBackend.Domain.Notifications;
using MediatR;

namespace CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;

/// <summary>
/// The newsletter and its delivery rows are committed together; sending starts only after the
/// commit (see <see cref="EventHandlers.ScheduleDeliveryOnNewsletterQueued"/>), never in the request.
/// </summary>
public sealed class SendNewsletterCommandHandler(
    INewsletterRepository newsletters,
    ICurrentUser currentUser,
    IAuditTrail auditTrail,
    TimeProvider clock) : IRequestHandler<SendNewsletterCommand, JobDto>
{
    public async Task<JobDto> Handle(SendNewsletterCommand request, CancellationToken cancellationToken)
    {
        var newsletter = Newsletter.Queue(request.Subject!, request.HtmlBody!, request.TextBody!, currentUser.RequireUserId(), clock.GetUtcNow());
        newsletters.Add(newsletter);
        newsletter.SetRecipientCount(await newsletters.AddDeliveriesForSubscribersAsync(newsletter.Id, cancellationToken));
        auditTrail.Record(AuditActions.NewsletterSent, AuditTargets.Newsletter, newsletter.Id.ToString(), new { subject = newsletter.Subject, recipients = newsletter.Total });
        return newsletter.ToJobDto();
    }
}
