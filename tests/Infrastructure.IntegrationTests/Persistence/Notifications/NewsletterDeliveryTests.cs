using System.Collections.Concurrent;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Newsletters;
using CleanBackend.Application.Notifications.Newsletters.Delivery;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Notifications;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Notifications;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Notifications;

/// <summary>
/// The newsletter's recipients as one INSERT … SELECT, and its delivery rows as a work queue that
/// concurrent engines (each with its own context, as two replicas would have) share without sending
/// any row twice.
/// </summary>
[NonParallelizable]
public sealed class NewsletterDeliveryTests
{
    private TestDatabase _database = null!;
    private User _admin = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("newsletters");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public async Task ResetAsync()
    {
        await _database.ResetAsync();
        _admin = TestUsers.Register("admin");
        await _database.AddAsync(_admin);
    }

    [Test]
    public async Task Queueing_AddsOneDeliveryPerActiveUserWhoHasNotOptedOut()
    {
        var subscribed = TestUsers.Register("subscribed");
        var optedOut = TestUsers.Register("opted_out");
        optedOut.ChangeNewsletterSubscription(false, DateTimeOffset.UtcNow);
        var inactive = TestUsers.Register("inactive");
        inactive.Deactivate(DateTimeOffset.UtcNow);
        await _database.AddAsync(subscribed, optedOut, inactive);

        var newsletterId = await QueueAsync();

        var recipients = await RecipientsAsync(newsletterId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(recipients, Is.EquivalentTo(new[] { "admin@example.com", "subscribed@example.com" }));
            Assert.That(await _database.ScalarAsync<int>($"SELECT total FROM notifications.newsletters WHERE id = '{newsletterId}'"), Is.EqualTo(2));
            Assert.That(await _database.ScalarAsync<long>("SELECT count(*) FROM notifications.newsletter_deliveries WHERE status <> 'pending'"), Is.Zero);
        }
    }

    [TestCase(true, new[] { "verified@example.com" })]
    [TestCase(false, new[] { "admin@example.com", "verified@example.com", "unverified@example.com" })]
    public async Task Queueing_NewslettersRequireVerifiedEmail_DecidesWhetherUnverifiedAddressesAreRecipients(bool verifiedOnly, string[] expected)
    {
        var verified = TestUsers.Register("verified");
        verified.MarkEmailVerified(DateTimeOffset.UtcNow);
        await _database.AddAsync(verified, TestUsers.Register("unverified"));

        var recipients = await RecipientsAsync(await QueueAsync(verifiedOnly));

        Assert.That(recipients, Is.EquivalentTo(expected), "the admin's address is not verified either");
    }

    [Test]
    public async Task ClaimAsync_TenConcurrentClaims_TakeDisjointRowsAndEveryRowOnce()
    {
        await _database.AddAsync([.. Enumerable.Range(0, 49).Select(number => TestUsers.Register($"reader_{number:D2}"))]);
        var newsletterId = await QueueAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            await using var dbContext = _database.CreateDbContext();
            return await new NewsletterDeliveryStore(dbContext).ClaimAsync(newsletterId, Guid.NewGuid(), 7, DateTimeOffset.UtcNow, CancellationToken.None);
        })));

        var ids = claims.SelectMany(claim => claim.Select(delivery => delivery.Id)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claims.Select(claim => claim.Count), Has.All.LessThanOrEqualTo(7), "no claim takes more than asked");
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.Count.EqualTo(50));
            Assert.That(await _database.ScalarAsync<long>("SELECT count(*) FROM notifications.newsletter_deliveries WHERE status = 'sending' AND attempts = 1"), Is.EqualTo(50));
        }
    }

    [Test]
    public async Task TwoEnginesOnOneNewsletterAtOnce_SendEveryDeliveryExactlyOnce()
    {
        await _database.AddAsync([.. Enumerable.Range(0, 59).Select(number => TestUsers.Register($"reader_{number:D2}"))]);
        var newsletterId = await QueueAsync();
        var sent = new ConcurrentBag<string>();
        var bothSending = new CountdownEvent(2);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var dbContext = _database.CreateDbContext();
            var first = true;
            var session = new Mock<IEmailSession>();
            session.Setup(s => s.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
                .Returns<EmailMessage, CancellationToken>(async (message, cancellation) =>
                {
                    if (first)
                    {
                        // Both engines hold a claimed batch before either sends: the runs really overlap.
                        first = false;
                        bothSending.Signal();
                        bothSending.Wait(TimeSpan.FromSeconds(30), cancellation);
                    }

                    sent.Add(message.To);
                    await Task.Delay(2, cancellation);
                });
            var sender = new Mock<IEmailSender>();
            sender.Setup(s => s.OpenSession()).Returns(session.Object);
            return await Engine(dbContext, sender.Object).RunAsync(newsletterId, recovering: false, CancellationToken.None);
        })));

        var emails = await RecipientsAsync(newsletterId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bothSending.IsSet, Is.True, "the two runs overlapped");
            Assert.That(sent, Is.EquivalentTo(emails), "every recipient exactly once");
            Assert.That(outcomes.Sum(outcome => outcome.Sent), Is.EqualTo(60));
            Assert.That(outcomes.Select(outcome => outcome.Sent), Has.All.GreaterThan(0));
            Assert.That(await StateAsync(newsletterId), Is.EqualTo(("succeeded", 60, 60, 0)));
        }

        TestContext.Out.WriteLine($"split between the engines: {string.Join(" / ", outcomes.Select(outcome => outcome.Sent))}");
    }

    [Test]
    public async Task CountsFollowTheRows_AndMarkingTwiceCountsOnce()
    {
        await _database.AddAsync(TestUsers.Register("reader"));
        var newsletterId = await QueueAsync();
        await using var dbContext = _database.CreateDbContext();
        var store = new NewsletterDeliveryStore(dbContext);
        await store.StartAsync(newsletterId, DateTimeOffset.UtcNow, CancellationToken.None);
        var claimed = await store.ClaimAsync(newsletterId, Guid.NewGuid(), 10, DateTimeOffset.UtcNow, CancellationToken.None);

        await store.MarkSentAsync(claimed[0].Id, DateTimeOffset.UtcNow, CancellationToken.None);
        await store.MarkSentAsync(claimed[0].Id, DateTimeOffset.UtcNow, CancellationToken.None);
        await store.MarkFailedAsync(claimed[0].Id, "too late", CancellationToken.None);
        var unfinished = await store.TryFinishAsync(newsletterId, DateTimeOffset.UtcNow, CancellationToken.None);
        await store.MarkFailedAsync(claimed[1].Id, "550 no such user", CancellationToken.None);
        var finished = await store.TryFinishAsync(newsletterId, DateTimeOffset.UtcNow, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unfinished, Is.Null, "a delivery was still sending");
            Assert.That(finished, Is.EqualTo(NewsletterState.Failed), "a failed delivery fails the newsletter");
            Assert.That(await StateAsync(newsletterId), Is.EqualTo(("failed", 2, 1, 1)));
        }
    }

    [Test]
    public async Task ReleaseClaimsAsync_FreesOnlyClaimsMadeAtOrBeforeTheGivenTime()
    {
        await _database.AddAsync(TestUsers.Register("reader"));
        var newsletterId = await QueueAsync();
        await using var dbContext = _database.CreateDbContext();
        var store = new NewsletterDeliveryStore(dbContext);
        var old = DateTimeOffset.UtcNow.AddMinutes(-10);
        await store.ClaimAsync(newsletterId, Guid.NewGuid(), 1, old, CancellationToken.None);
        await store.ClaimAsync(newsletterId, Guid.NewGuid(), 1, DateTimeOffset.UtcNow, CancellationToken.None);

        var released = await store.ReleaseClaimsAsync(newsletterId, old.AddMinutes(1), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(released, Is.EqualTo(1));
            Assert.That(await _database.ScalarAsync<long>("SELECT count(*) FROM notifications.newsletter_deliveries WHERE status = 'sending'"), Is.EqualTo(1));
        }
    }

    private static NewsletterDeliveryEngine Engine(CleanBackend.Infrastructure.Persistence.ApplicationDbContext dbContext, IEmailSender sender)
    {
        var tokens = new Mock<INewsletterUnsubscribeTokens>();
        tokens.Setup(t => t.Create(It.IsAny<Guid>())).Returns("token");
        return new NewsletterDeliveryEngine(
            new NewsletterDeliveryStore(dbContext),
            sender,
            tokens.Object,
            Options.Create(new NewsletterOptions { BatchSize = 5 }),
            TimeProvider.System,
            NullLogger<NewsletterDeliveryEngine>.Instance);
    }

    private async Task<Guid> QueueAsync(bool verifiedOnly = false)
    {
        await using var dbContext = _database.CreateDbContext();
        var repository = new NewsletterRepository(dbContext, Options.Create(new EmailVerificationOptions { NewslettersRequireVerifiedEmail = verifiedOnly }));
        await using var transaction = await dbContext.Database.BeginTransactionAsync();
        var newsletter = Newsletter.Queue("News", "<p>News</p>", "News", _admin.Id, DateTimeOffset.UtcNow);
        repository.Add(newsletter);
        newsletter.SetRecipientCount(await repository.AddDeliveriesForSubscribersAsync(newsletter.Id, CancellationToken.None));
        await dbContext.SaveChangesAsync();
        await transaction.CommitAsync();
        return newsletter.Id;
    }

    private async Task<List<string>> RecipientsAsync(Guid newsletterId)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT email FROM notifications.newsletter_deliveries WHERE newsletter_id = @id", connection);
        command.Parameters.AddWithValue("id", newsletterId);
        await using var reader = await command.ExecuteReaderAsync();
        var emails = new List<string>();
        while (await reader.ReadAsync())
        {
            emails.Add(reader.GetString(0));
        }

        return emails;
    }

    private async Task<(string State, int Total, int Sent, int Failed)> StateAsync(Guid newsletterId)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT state, total, sent, failed FROM notifications.newsletters WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", newsletterId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True);
        return (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
    }
}
