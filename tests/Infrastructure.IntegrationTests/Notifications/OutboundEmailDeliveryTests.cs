using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Outbox;
using CleanBackend.Domain.Notifications;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Notifications.Email;
using CleanBackend.Infrastructure.Persistence.Notifications;
using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Notifications;

/// <summary>The outbox over the real database, drained through the real SMTP sender into the real sink.</summary>
public sealed class OutboundEmailDeliveryTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task MigrateAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("outbox");

    [OneTimeTearDown]
    public Task DropAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

    [Test]
    public async Task DeliverDueAsync_PendingRows_AreClaimedSentWithTheirMessageIdAndMarkedSent()
    {
        var emails = await EnqueueAsync(MailSink.UniqueAddress("outbox"), MailSink.UniqueAddress("outbox"));

        var outcomes = await DeliverAsync(TestServers.SmtpPort);

        Assert.That(outcomes.Select(outcome => outcome.Result), Is.EqualTo(new[] { OutboundEmailOutcome.Sent, OutboundEmailOutcome.Sent }), string.Join(", ", await _database.ColumnAsync("SELECT coalesce(last_error, '') FROM notifications.outbound_emails")));
        foreach (var email in emails)
        {
            var mail = (await MailSink.Shared.WaitForAsync(email.Recipient)).Single();
            Assert.That(mail.MessageId, Is.EqualTo($"<{email.MessageId}@cleanbackend.test>"));
            Assert.That(mail.Subject, Is.EqualTo(email.Subject));
        }

        Assert.That(
            await _database.ColumnAsync("SELECT status || ':' || attempts || ':' || (sent_at IS NOT NULL) FROM notifications.outbound_emails"),
            Is.EqualTo(new[] { "sent:1:true", "sent:1:true" }));
    }

    [Test]
    public async Task DeliverDueAsync_ARecipientTheServerRejects_IsMarkedFailedAndTheOthersAreSent()
    {
        var rejected = MailSink.UniqueAddress("rejected");
        var accepted = MailSink.UniqueAddress("outbox");
        await EnqueueAsync(rejected, accepted);

        await DeliverAsync(TestServers.SmtpPort);

        Assert.That(await MailSink.Shared.WaitForAsync(accepted), Has.Count.EqualTo(1));
        var rows = await _database.ColumnAsync($"SELECT status || ' ' || coalesce(last_error, '') FROM notifications.outbound_emails WHERE recipient = '{rejected}'");
        Assert.That(rows.Single(), Does.StartWith("failed ").And.Contain("550"));
        Assert.That(await MailSink.Shared.MessagesToAsync(rejected), Is.Empty);
    }

    [Test]
    public async Task DeliverDueAsync_ServerDown_RowsStayPendingAndAreSentOnceItIsBack()
    {
        await using var sink = PrivateSmtpSink.Create();
        var email = (await EnqueueAsync(MailSink.UniqueAddress("down"))).Single();

        var whileDown = await DeliverAsync(sink.Port, retryBaseDelay: TimeSpan.Zero);
        var pending = await _database.ColumnAsync("SELECT status || ':' || attempts || ':' || (last_error IS NOT NULL) FROM notifications.outbound_emails");

        await sink.StartAsync();
        var whenBack = await DeliverAsync(sink.Port, retryBaseDelay: TimeSpan.Zero);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(whileDown.Single().Result, Is.EqualTo(OutboundEmailOutcome.Retry));
            Assert.That(pending, Is.EqualTo(new[] { "pending:1:true" }));
            Assert.That(whenBack.Single().Result, Is.EqualTo(OutboundEmailOutcome.Sent));
            Assert.That((await sink.Sink.WaitForAsync(email.Recipient)).Single().MessageId, Is.EqualTo($"<{email.MessageId}@cleanbackend.test>"));
            Assert.That(await _database.ColumnAsync("SELECT status || ':' || attempts FROM notifications.outbound_emails"), Is.EqualTo(new[] { "sent:2" }));
        }
    }

    [Test]
    public async Task DeliverDueAsync_ARetry_WaitsUntilItsTime()
    {
        await using var sink = PrivateSmtpSink.Create();
        await EnqueueAsync(MailSink.UniqueAddress("later"));

        await DeliverAsync(sink.Port, retryBaseDelay: TimeSpan.FromHours(1));
        await sink.StartAsync();
        var beforeItsTime = await DeliverAsync(sink.Port, retryBaseDelay: TimeSpan.FromHours(1));

        Assert.That(beforeItsTime, Is.Empty);
    }

    [Test]
    public async Task DeliverDueAsync_TwoWorkersClaimingAtOnce_NeverGetTheSameRow()
    {
        await EnqueueAsync(Enumerable.Range(0, 20).Select(_ => MailSink.UniqueAddress("claim")).ToArray());
        await using var firstContext = _database.CreateDbContext();
        await using var secondContext = _database.CreateDbContext();
        var first = new OutboundEmailQueue(firstContext, TimeProvider.System);
        var second = new OutboundEmailQueue(secondContext, TimeProvider.System);

        var claims = await Task.WhenAll(
            first.ClaimDueAsync(15, TimeSpan.FromMinutes(1), CancellationToken.None),
            second.ClaimDueAsync(15, TimeSpan.FromMinutes(1), CancellationToken.None));

        var firstIds = claims[0].Select(email => email.Id).ToList();
        var secondIds = claims[1].Select(email => email.Id).ToList();
        TestContext.Out.WriteLine($"claimed {firstIds.Count} and {secondIds.Count}");
        // Interleaved claims may split the rows 14/6: a row one claim skips is locked by the other, which takes it.
        // So however they interleave, neither exceeds its limit, none is shared and together they take every row.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstIds.Intersect(secondIds), Is.Empty);
            Assert.That(new[] { firstIds.Count, secondIds.Count }, Has.All.LessThanOrEqualTo(15));
            Assert.That(firstIds.Count + secondIds.Count, Is.EqualTo(20));
        }
    }

    [Test]
    public async Task DeliverDueAsync_AClaimedRowWhoseWorkerDied_IsClaimedAgainAfterItsLease()
    {
        var email = (await EnqueueAsync(MailSink.UniqueAddress("lease"))).Single();
        await using (var deadWorker = _database.CreateDbContext())
        {
            await new OutboundEmailQueue(deadWorker, TimeProvider.System).ClaimDueAsync(10, TimeSpan.Zero, CancellationToken.None);
        }

        await using var survivor = _database.CreateDbContext();
        var reclaimed = await new OutboundEmailQueue(survivor, TimeProvider.System).ClaimDueAsync(10, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.That(reclaimed.Select(row => (row.Id, row.Attempts)), Is.EqualTo(new[] { (email.Id, 2) }));
    }

    private async Task<IReadOnlyList<OutboundEmail>> EnqueueAsync(params string[] recipients)
    {
        var emails = recipients.Select(to => OutboundEmail.Queue("test", to, $"Outbox test for {to}", "<p>outbox</p>", "outbox", DateTimeOffset.UtcNow.AddSeconds(-1))).ToList();
        await using var dbContext = _database.CreateDbContext();
        var queue = new OutboundEmailQueue(dbContext, TimeProvider.System);
        emails.ForEach(queue.Enqueue);
        await dbContext.SaveChangesAsync();
        return emails;
    }

    private async Task<IReadOnlyList<OutboundEmailOutcome>> DeliverAsync(int smtpPort, TimeSpan? retryBaseDelay = null)
    {
        await using var dbContext = _database.CreateDbContext();
        using var sender = new SmtpEmailSender(
            Options.Create(new SmtpOptions
            {
                Host = TestServers.SmtpHost,
                Port = smtpPort,
                FromAddress = "no-reply@cleanbackend.test",
                Timeout = TimeSpan.FromSeconds(10),
            }));
        var dispatcher = new OutboundEmailDispatcher(
            new OutboundEmailQueue(dbContext, TimeProvider.System),
            sender,
            TimeProvider.System,
            Options.Create(new OutboundEmailDeliveryOptions { BatchSize = 10, RetryBaseDelay = retryBaseDelay ?? TimeSpan.FromSeconds(30) }),
            NullLogger<OutboundEmailDispatcher>.Instance);
        return await dispatcher.DeliverDueAsync(CancellationToken.None);
    }
}
