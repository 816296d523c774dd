using CleanBackend.Application.Common.BackgroundJobs;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Notifications.Outbox.EventHandlers;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity.Events;
using MediatR;
using Microsoft.Extensions.Logging;
using Moq;

namespace CleanBackend.Application.UnitTests.Notifications.Outbox;

public class SendQueuedEmailsSoonTests
{
    private static readonly Guid UserId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = FakeClock.DefaultStart;

    // Each after-commit notification of a change that queued an account-security mail, and how to hand it to the handler.
    private static IEnumerable<TestCaseData> AccountSecurityNotifications()
    {
        var token = new MailedToken("token-1", Now.AddMinutes(30));
        yield return Case(new PasswordResetRequested(UserId, "Jake", "jake@example.test", token, Now));
        yield return Case(new PasswordResetCompleted(UserId, "Jake", "jake@example.test", Now));
        yield return Case(new EmailVerificationRequested(UserId, "Jake", "jake@example.test", token, Now));
        yield return Case(new EmailChanged(UserId, "Jake", "old@example.test", "jake@example.test", Now));
    }

    [TestCaseSource(nameof(AccountSecurityNotifications))]
    public async Task Handle_AccountSecurityEventCommitted_RequestsAnOutboxRun(Func<SendQueuedEmailsSoon, Task> handle)
    {
        var jobs = new Mock<IBackgroundJobs>();

        await handle(new SendQueuedEmailsSoon(jobs.Object, new CapturingLogger<SendQueuedEmailsSoon>()));

        jobs.Verify(job => job.TriggerAsync(BackgroundJobNames.OutboundEmails, CancellationToken.None), Times.Once());
    }

    [TestCaseSource(nameof(AccountSecurityNotifications))]
    public async Task Handle_RequestForARunFails_LogsAWarningAndDoesNotFailTheCommittedChange(Func<SendQueuedEmailsSoon, Task> handle)
    {
        var jobs = new Mock<IBackgroundJobs>();
        jobs.Setup(job => job.TriggerAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("job store unreachable"));
        var logger = new CapturingLogger<SendQueuedEmailsSoon>();

        await handle(new SendQueuedEmailsSoon(jobs.Object, logger));

        Assert.That(logger.At(LogLevel.Warning).Count(), Is.EqualTo(1));
    }

    private static TestCaseData Case<TEvent>(TEvent domainEvent)
        where TEvent : Domain.Common.IDomainEvent
    {
        Func<SendQueuedEmailsSoon, Task> handle = handler =>
            ((INotificationHandler<DomainEventNotification<TEvent>>)(object)handler).Handle(new DomainEventNotification<TEvent>(domainEvent), CancellationToken.None);
        return new TestCaseData(handle).SetArgDisplayNames(typeof(TEvent).Name);
    }
}
