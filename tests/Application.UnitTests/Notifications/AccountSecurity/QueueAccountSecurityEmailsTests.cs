using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.AccountSecurity;
using CleanBackend.Application.Notifications.AccountSecurity.EventHandlers;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity.Events;
using CleanBackend.Domain.Notifications;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Notifications.AccountSecurity;

public class QueueAccountSecurityEmailsTests
{
    private static readonly DateTimeOffset Now = FakeClock.DefaultStart;
    private static readonly Guid UserId = Guid.NewGuid();

    // A query string in the page URL, so that the HTML body must encode the '&' that joins the token.
    private static readonly AccountLinkOptions Links = new()
    {
        PasswordResetUrl = "https://app.example.test/reset?lang=en",
        EmailVerificationUrl = "https://app.example.test/verify?lang=en",
    };

    private Mock<IOutboundEmailQueue> _outbox = null!;
    private List<OutboundEmail> _queued = null!;

    [SetUp]
    public void SetUp()
    {
        _queued = [];
        _outbox = new Mock<IOutboundEmailQueue>();
        _outbox.Setup(queue => queue.Enqueue(It.IsAny<OutboundEmail>())).Callback((OutboundEmail email) => _queued.Add(email));
    }

    [Test]
    public async Task Handle_PasswordResetRequested_QueuesTheResetLinkForTheAccountsAddress()
    {
        var requested = new PasswordResetRequested(UserId, "Jake <b>", "jake@example.test", new MailedToken("reset-abc", Now.AddMinutes(30)), Now);

        await Handler().Handle(new InTransactionDomainEventNotification<PasswordResetRequested>(requested), CancellationToken.None);

        var email = _queued.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(email.Kind, Is.EqualTo(AccountSecurityEmails.PasswordResetKind));
            Assert.That(email.Recipient, Is.EqualTo("jake@example.test"));
            Assert.That(email.Subject, Is.EqualTo("Reset your Conduit password"));
            Assert.That(email.Status, Is.EqualTo(OutboundEmailStatus.Pending));
            Assert.That(email.NextAttemptAt, Is.EqualTo(Now));
            Assert.That(email.TextBody, Does.Contain("https://app.example.test/reset?lang=en&token=reset-abc"));
            Assert.That(email.HtmlBody, Does.Contain("href=\"https://app.example.test/reset?lang=en&amp;token=reset-abc\""));
            Assert.That(email.TextBody, Does.Contain("2026-02-01 10:30 UTC"), "the mail says until when the link works");
            Assert.That(email.HtmlBody, Does.Contain("Hello Jake &lt;b&gt;,").And.Not.Contain("<b>"), "the username is escaped in HTML");
        }
    }

    [Test]
    public async Task Handle_EmailVerificationRequested_QueuesTheVerificationLinkForTheNewAddress()
    {
        var requested = new EmailVerificationRequested(UserId, "Jake", "new@example.test", new MailedToken("verify-abc", Now.AddHours(24)), Now);

        await Handler().Handle(new InTransactionDomainEventNotification<EmailVerificationRequested>(requested), CancellationToken.None);

        var email = _queued.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(email.Kind, Is.EqualTo(AccountSecurityEmails.EmailVerificationKind));
            Assert.That(email.Recipient, Is.EqualTo("new@example.test"));
            Assert.That(email.Subject, Is.EqualTo("Confirm your e-mail address for Conduit"));
            Assert.That(email.TextBody, Does.Contain("https://app.example.test/verify?lang=en&token=verify-abc"));
            Assert.That(email.HtmlBody, Does.Contain("href=\"https://app.example.test/verify?lang=en&amp;token=verify-abc\""));
            Assert.That(email.TextBody, Does.Contain("2026-02-02 10:00 UTC"));
        }
    }

    [Test]
    public async Task Handle_PasswordResetCompleted_QueuesANoticeWithoutAnyLink()
    {
        var completed = new PasswordResetCompleted(UserId, "Jake", "jake@example.test", Now);

        await Handler().Handle(new InTransactionDomainEventNotification<PasswordResetCompleted>(completed), CancellationToken.None);

        var email = _queued.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(email.Kind, Is.EqualTo(AccountSecurityEmails.PasswordChangedKind));
            Assert.That(email.Recipient, Is.EqualTo("jake@example.test"));
            Assert.That(email.Subject, Is.EqualTo("Your Conduit password was changed"));
            Assert.That(email.HtmlBody, Does.Not.Contain("href="));
            Assert.That(email.TextBody, Does.Contain("2026-02-01 10:00 UTC"));
        }
    }

    [Test]
    public async Task Handle_EmailChanged_TellsThePreviousAddressWhichAddressTookItsPlace()
    {
        var changed = new EmailChanged(UserId, "Jake", "old@example.test", "new+me@example.test", Now);

        await Handler().Handle(new InTransactionDomainEventNotification<EmailChanged>(changed), CancellationToken.None);

        var email = _queued.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(email.Kind, Is.EqualTo(AccountSecurityEmails.EmailChangedKind));
            Assert.That(email.Recipient, Is.EqualTo("old@example.test"), "the new address may be the intruder's");
            Assert.That(email.Subject, Is.EqualTo("The e-mail address of your Conduit account was changed"));
            Assert.That(email.TextBody, Does.Contain("to new+me@example.test"));
            Assert.That(email.HtmlBody, Does.Contain("to new+me@example.test"));
            Assert.That(email.HtmlBody, Does.Not.Contain("href="));
        }
    }

    [Test]
    public void EmailChanged_NewAddressWithMarkup_IsEscapedInHtml()
    {
        var email = AccountSecurityEmails.EmailChanged("Jake", "old@example.test", "\"<x>\"@example.test", Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(email.HtmlBody, Does.Contain("&quot;&lt;x&gt;&quot;@example.test").And.Not.Contain("<x>"));
            Assert.That(email.TextBody, Does.Contain("\"<x>\"@example.test"));
        }
    }

    [Test]
    public void PasswordReset_LinkWithMarkup_IsEscapedInTheHrefAndTheText()
    {
        var email = AccountSecurityEmails.PasswordReset("Jake", "jake@example.test", "https://app.example.test/r?a=\"><script>", Now.AddMinutes(30), Now);

        Assert.That(email.HtmlBody, Does.Contain("href=\"https://app.example.test/r?a=&quot;&gt;&lt;script&gt;\"").And.Not.Contain("<script>"));
    }

    private QueueAccountSecurityEmails Handler() => new(_outbox.Object, Options.Create(Links));
}
