using System.Net.Mail;
using System.Net.Sockets;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Infrastructure.Notifications.Email;

namespace CleanBackend.Infrastructure.IntegrationTests.Notifications;

public sealed class SmtpFailureClassifierTests
{
    private const string Recipient = "jake@example.test";

    [TestCase(SmtpStatusCode.MailboxUnavailable)]
    [TestCase(SmtpStatusCode.MailboxNameNotAllowed)]
    [TestCase(SmtpStatusCode.UserNotLocalTryAlternatePath)]
    [TestCase(SmtpStatusCode.ExceededStorageAllocation)]
    [TestCase(SmtpStatusCode.TransactionFailed)]
    [TestCase(SmtpStatusCode.SyntaxError)]
    public void A_recipient_refused_with_a_5xx_mailbox_status_is_permanent(SmtpStatusCode status)
    {
        var failure = SmtpFailureClassifier.Classify(new SmtpFailedRecipientException(status, Recipient), Recipient);

        Assert.That(failure.IsPermanent, Is.True);
    }

    [TestCase(SmtpStatusCode.MailboxBusy)]
    [TestCase(SmtpStatusCode.LocalErrorInProcessing)]
    [TestCase(SmtpStatusCode.InsufficientStorage)]
    public void A_recipient_refused_with_a_4xx_status_is_transient(SmtpStatusCode status)
    {
        var failure = SmtpFailureClassifier.Classify(new SmtpFailedRecipientException(status, Recipient), Recipient);

        Assert.That(failure.IsPermanent, Is.False);
    }

    [TestCase(SmtpStatusCode.ServiceNotAvailable, false)]
    [TestCase(SmtpStatusCode.GeneralFailure, false)]
    [TestCase(SmtpStatusCode.ClientNotPermitted, false)]
    [TestCase(SmtpStatusCode.MustIssueStartTlsFirst, false)]
    [TestCase(SmtpStatusCode.CommandNotImplemented, false)]
    [TestCase(SmtpStatusCode.MailboxUnavailable, true)]
    [TestCase(SmtpStatusCode.TransactionFailed, true)]
    public void A_server_answer_is_permanent_only_for_a_mailbox_status(SmtpStatusCode status, bool permanent)
    {
        var failure = SmtpFailureClassifier.Classify(new SmtpException(status), Recipient);

        Assert.That(failure.IsPermanent, Is.EqualTo(permanent));
    }

    [Test]
    public void Connection_failures_and_timeouts_are_transient()
    {
        Exception[] failures =
        [
            new SocketException((int)SocketError.ConnectionRefused),
            new IOException("connection reset"),
            new TimeoutException(),
            new OperationCanceledException(),
            new SmtpException("Failure sending mail.", new SocketException((int)SocketError.ConnectionRefused)),
        ];

        Assert.That(failures.Select(failure => SmtpFailureClassifier.Classify(failure, Recipient).IsPermanent), Has.All.False);
    }

    [Test]
    public void An_unparsable_address_is_permanent_and_keeps_the_cause()
    {
        var cause = new FormatException("bad address");

        var failure = SmtpFailureClassifier.Classify(cause, "not an address");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.IsPermanent, Is.True);
            Assert.That(failure.InnerException, Is.SameAs(cause));
        }
    }

    [Test]
    public void A_delivery_exception_passes_through_unchanged()
    {
        var original = new EmailDeliveryException("already classified", isPermanent: true);

        Assert.That(SmtpFailureClassifier.Classify(original, Recipient), Is.SameAs(original));
    }
}
