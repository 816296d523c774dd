using System.Net.Sockets;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Infrastructure.Notifications.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CleanBackend.Infrastructure.IntegrationTests.Notifications;

public sealed class SmtpFailureClassifierTests
{
    private const string Recipient = "jake@example.test";

    // The same text for every case: the classification must come from the exception's fields alone.
    private const string ServerText = "refused";

    [TestCase(550)]
    [TestCase(551)]
    [TestCase(552)]
    [TestCase(553)]
    [TestCase(554)]
    [TestCase(501)]
    public void Classify_ARecipientRefusedWithA5xxMailboxStatus_IsPermanent(int status)
    {
        var failure = SmtpFailureClassifier.Classify(Refused(SmtpErrorCode.RecipientNotAccepted, status), Recipient);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.IsPermanent, Is.True);
            Assert.That(failure.Message, Does.Contain(Recipient).And.Contain($"{status}"));
        }
    }

    [TestCase(450)]
    [TestCase(451)]
    [TestCase(452)]
    [TestCase(421)]
    public void Classify_ARecipientRefusedWithA4xxStatus_IsTransient(int status)
    {
        var failure = SmtpFailureClassifier.Classify(Refused(SmtpErrorCode.RecipientNotAccepted, status), Recipient);

        Assert.That(failure.IsPermanent, Is.False);
    }

    [TestCase(SmtpErrorCode.MessageNotAccepted, 554, true)]
    [TestCase(SmtpErrorCode.MessageNotAccepted, 552, true)]
    [TestCase(SmtpErrorCode.MessageNotAccepted, 451, false)]
    [TestCase(SmtpErrorCode.SenderNotAccepted, 550, false)]
    [TestCase(SmtpErrorCode.SenderNotAccepted, 553, false)]
    [TestCase(SmtpErrorCode.UnexpectedStatusCode, 550, false)]
    [TestCase(SmtpErrorCode.UnexpectedStatusCode, 530, false)]
    [TestCase(SmtpErrorCode.UnexpectedStatusCode, 421, false)]
    public void Classify_AServerAnswer_IsPermanentOnlyForARefusedMessageWithAMailboxStatus(SmtpErrorCode error, int status, bool permanent)
    {
        var failure = SmtpFailureClassifier.Classify(Refused(error, status), Recipient);

        Assert.That(failure.IsPermanent, Is.EqualTo(permanent));
    }

    [Test]
    public void Classify_ConnectionProtocolAndLoginFailuresAndTimeouts_AreTransient()
    {
        Exception[] failures =
        [
            new SocketException((int)SocketError.ConnectionRefused),
            new IOException("connection reset"),
            new TimeoutException(),
            new OperationCanceledException(),
            new SmtpProtocolException("unexpected end of stream"),
            new MailKit.ServiceNotConnectedException(),
            new AuthenticationException("535 bad credentials"),
        ];

        Assert.That(failures.Select(failure => SmtpFailureClassifier.Classify(failure, Recipient).IsPermanent), Has.All.False);
    }

    [Test]
    public void Classify_AnUnparsableAddress_IsPermanentAndKeepsTheCause()
    {
        var cause = Assert.Throws<ParseException>(() => MailboxAddress.Parse("not an address"));

        var failure = SmtpFailureClassifier.Classify(cause!, "not an address");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.IsPermanent, Is.True);
            Assert.That(failure.InnerException, Is.SameAs(cause));
        }
    }

    [Test]
    public void Classify_ADeliveryException_PassesThroughUnchanged()
    {
        var original = new EmailDeliveryException("already classified", isPermanent: true);

        Assert.That(SmtpFailureClassifier.Classify(original, Recipient), Is.SameAs(original));
    }

    private static SmtpCommandException Refused(SmtpErrorCode error, int status) =>
        new(error, (SmtpStatusCode)status, MailboxAddress.Parse(Recipient), ServerText);
}
