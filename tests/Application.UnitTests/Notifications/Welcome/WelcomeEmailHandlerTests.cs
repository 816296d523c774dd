using CleanBackend.Application.Common.BackgroundJobs;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.AccountSecurity;
using CleanBackend.Application.Notifications.Outbox.EventHandlers;
using CleanBackend.Application.Notifications.Welcome;
using CleanBackend.Application.Notifications.Welcome.EventHandlers;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity.Events;
using CleanBackend.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Notifications.Welcome;

public sealed class WelcomeEmailHandlerTests
{
    private static readonly UserRegistered Registered = new(Guid.NewGuid(), "Jake <b>", "jake@example.test", FakeClock.DefaultStart);

    [Test]
    public async Task HandleInTransaction_UserRegistered_PutsAPendingWelcomeMailForTheNewAddressInTheOutbox()
    {
        var outbox = new Mock<IOutboundEmailQueue>();
        OutboundEmail? queued = null;
        outbox.Setup(queue => queue.Enqueue(It.IsAny<OutboundEmail>())).Callback((OutboundEmail email) => queued = email);

        await new QueueWelcomeEmailOnUserRegistered(outbox.Object, Options.Create(new AccountLinkOptions()))
            .Handle(new InTransactionDomainEventNotification<UserRegistered>(Registered), CancellationToken.None);

        Assert.That(queued, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(queued!.Kind, Is.EqualTo(WelcomeEmail.Kind));
            Assert.That(queued.Recipient, Is.EqualTo("jake@example.test"));
            Assert.That(queued.Status, Is.EqualTo(OutboundEmailStatus.Pending));
            Assert.That(queued.NextAttemptAt, Is.EqualTo(Registered.OccurredAt));
            Assert.That(queued.Subject, Does.Contain("Jake <b>"));
            Assert.That(queued.TextBody, Does.Contain("Hello Jake <b>,"));
            Assert.That(queued.HtmlBody, Does.Contain("Hello Jake &lt;b&gt;,").And.Not.Contain("<b>"), "the username is escaped in HTML");
            Assert.That(queued.MessageId, Does.StartWith("welcome.").And.Not.Contain("@"));
        }

        outbox.VerifyAll();
        outbox.VerifyNoOtherCalls();
    }

    [Test]
    public async Task HandleInTransaction_UserRegisteredWithAVerificationToken_PutsTheVerificationLinkInBothBodies()
    {
        var outbox = new Mock<IOutboundEmailQueue>();
        OutboundEmail? queued = null;
        outbox.Setup(queue => queue.Enqueue(It.IsAny<OutboundEmail>())).Callback((OutboundEmail email) => queued = email);
        var links = new AccountLinkOptions { EmailVerificationUrl = "https://app.example.test/#/verify?from=mail" };
        var registered = Registered with { EmailVerification = new MailedToken("abc-_123", Registered.OccurredAt.AddDays(1)) };

        await new QueueWelcomeEmailOnUserRegistered(outbox.Object, Options.Create(links))
            .Handle(new InTransactionDomainEventNotification<UserRegistered>(registered), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(queued!.Kind, Is.EqualTo(WelcomeEmail.Kind), "one mail: the welcome asks for the verification");
            Assert.That(queued.TextBody, Does.Contain("https://app.example.test/#/verify?from=mail&token=abc-_123"));
            Assert.That(queued.HtmlBody, Does.Contain("href=\"https://app.example.test/#/verify?from=mail&amp;token=abc-_123\""));
        }
    }

    [Test]
    public async Task HandleAfterCommit_UserRegistered_RequestsAnOutboxRun()
    {
        var jobs = new Mock<IBackgroundJobs>();

        await new SendQueuedEmailsSoon(jobs.Object, new CapturingLogger<SendQueuedEmailsSoon>())
            .Handle(new DomainEventNotification<UserRegistered>(Registered), CancellationToken.None);

        jobs.Verify(job => job.TriggerAsync(BackgroundJobNames.OutboundEmails, CancellationToken.None), Times.Once());
    }

    [Test]
    public async Task HandleAfterCommit_RequestForARunFails_LogsItAndDoesNotFailTheRegistration()
    {
        var jobs = new Mock<IBackgroundJobs>();
        jobs.Setup(job => job.TriggerAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("job store unreachable"));
        var logger = new CapturingLogger<SendQueuedEmailsSoon>();

        await new SendQueuedEmailsSoon(jobs.Object, logger)
            .Handle(new DomainEventNotification<UserRegistered>(Registered), CancellationToken.None);

        Assert.That(logger.At(LogLevel.Warning).Count(), Is.EqualTo(1));
    }
}
