using System.Diagnostics;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Infrastructure.Notifications.Email;
using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Mail;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Notifications;

/// <summary>The sender against the real SMTP sink of scripts/services.sh, asserting on what the sink received.</summary>
public sealed class SmtpEmailSenderTests
{
    private SmtpEmailSender _sender = null!;

    [SetUp]
    public void CreateSender() => _sender = CreateSender(TestServers.SmtpHost, TestServers.SmtpPort);

    [TearDown]
    public void DisposeSender() => _sender.Dispose();

    [Test]
    public async Task SendAsync_AMessage_ArrivesWithBothBodiesItsSubjectHeadersAndMessageId()
    {
        var to = MailSink.UniqueAddress("sender");
        await _sender.SendAsync(
            new EmailMessage
            {
                To = to,
                Subject = "Welcome to Conduit, Jérôme",
                HtmlBody = "<p>Hello <b>Jérôme</b></p>",
                TextBody = "Hello Jérôme",
                MessageId = "welcome.0123456789abcdef",
                Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://example.test/u?token=abc>" },
            },
            CancellationToken.None);

        var mail = (await MailSink.Shared.WaitForAsync(to)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mail.RcptTos, Is.EqualTo(new[] { to }));
            Assert.That(mail.MailFrom, Is.EqualTo("no-reply@cleanbackend.test"));
            Assert.That(mail.From, Does.Contain("CleanBackend Tests").And.Contain("no-reply@cleanbackend.test"));
            Assert.That(mail.Subject, Is.EqualTo("Welcome to Conduit, Jérôme"));
            Assert.That(mail.ContentType, Is.EqualTo("multipart/alternative"));
            Assert.That(mail.Text?.Trim(), Is.EqualTo("Hello Jérôme"));
            Assert.That(mail.Html?.Trim(), Is.EqualTo("<p>Hello <b>Jérôme</b></p>"));
            Assert.That(mail.MessageId, Is.EqualTo("<welcome.0123456789abcdef@cleanbackend.test>"));
            Assert.That(mail.Header("List-Unsubscribe"), Is.EqualTo("<https://example.test/u?token=abc>"));
        }
    }

    [Test]
    public async Task SendAsync_AMessageIdWithADomain_IsKeptAsGiven()
    {
        var to = MailSink.UniqueAddress("sender");

        await _sender.SendAsync(Message(to, "abc.1@mail.example.test"), CancellationToken.None);

        Assert.That((await MailSink.Shared.WaitForAsync(to)).Single().MessageId, Is.EqualTo("<abc.1@mail.example.test>"));
    }

    [TestCase("rejected", true, TestName = "SendAsync_ARecipientTheServerRefusesWith550_IsAPermanentFailure")]
    [TestCase("deferred", false, TestName = "SendAsync_ARecipientTheServerDefersWith451_IsATransientFailure")]
    public void SendAsync_ARecipientTheServerRefusesOrDefers_IsAPermanentOrTransientFailure(string mailbox, bool permanent)
    {
        var exception = Assert.ThrowsAsync<EmailDeliveryException>(() =>
            _sender.SendAsync(Message(MailSink.UniqueAddress(mailbox), null), CancellationToken.None));

        Assert.That(exception!.IsPermanent, Is.EqualTo(permanent), exception.Message);
    }

    [Test]
    public async Task OpenSession_SendsMessageAfterMessage_AndGoesOnAfterRefusedRecipients()
    {
        var first = MailSink.UniqueAddress("session");
        var second = MailSink.UniqueAddress("session");
        var third = MailSink.UniqueAddress("session");

        await using (var session = _sender.OpenSession())
        {
            await session.SendAsync(Message(first, null), CancellationToken.None);
            var refused = Assert.ThrowsAsync<EmailDeliveryException>(() =>
                session.SendAsync(Message(MailSink.UniqueAddress("rejected"), null), CancellationToken.None));
            await session.SendAsync(Message(second, null), CancellationToken.None);
            var deferred = Assert.ThrowsAsync<EmailDeliveryException>(() =>
                session.SendAsync(Message(MailSink.UniqueAddress("deferred"), null), CancellationToken.None));
            await session.SendAsync(Message(third, null), CancellationToken.None);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(refused!.IsPermanent, Is.True, refused.Message);
                Assert.That(deferred!.IsPermanent, Is.False, deferred.Message);
            }
        }

        foreach (var to in new[] { first, second, third })
        {
            Assert.That(await MailSink.Shared.WaitForAsync(to), Has.Count.EqualTo(1), to);
        }
    }

    [Test]
    public async Task SendAsync_AServerThatIsNotThere_IsATransientFailure()
    {
        await using var absent = PrivateSmtpSink.Create();
        using var sender = CreateSender("127.0.0.1", absent.Port);

        var exception = Assert.ThrowsAsync<EmailDeliveryException>(() =>
            sender.SendAsync(Message(MailSink.UniqueAddress(), null), CancellationToken.None));

        Assert.That(exception!.IsPermanent, Is.False, exception.Message);
    }

    [Test]
    public void SendAsync_AnUnusableAddress_IsAPermanentFailure()
    {
        var exception = Assert.ThrowsAsync<EmailDeliveryException>(() =>
            _sender.SendAsync(Message("not an address", null), CancellationToken.None));

        Assert.That(exception!.IsPermanent, Is.True, exception.Message);
    }

    [Test]
    public async Task SendAsync_Concurrent_AllArrive()
    {
        const int Count = 40;
        var recipients = Enumerable.Range(0, Count).Select(_ => MailSink.UniqueAddress("bulk")).ToList();

        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(recipients.Select(to => _sender.SendAsync(Message(to, null), CancellationToken.None)));
        stopwatch.Stop();
        TestContext.Out.WriteLine($"{Count} messages handed over in {stopwatch.ElapsedMilliseconds} ms ({Count / stopwatch.Elapsed.TotalSeconds:F0}/s)");

        foreach (var to in recipients)
        {
            Assert.That(await MailSink.Shared.WaitForAsync(to), Has.Count.EqualTo(1), to);
        }
    }

    private static EmailMessage Message(string to, string? messageId) => new()
    {
        To = to,
        Subject = "Subject",
        HtmlBody = "<p>html</p>",
        TextBody = "text",
        MessageId = messageId,
    };

    private static SmtpEmailSender CreateSender(string host, int port) => new(
        Options.Create(new SmtpOptions
        {
            Host = host,
            Port = port,
            FromAddress = "no-reply@cleanbackend.test",
            FromDisplayName = "CleanBackend Tests",
            Timeout = TimeSpan.FromSeconds(10),
        }));
}
