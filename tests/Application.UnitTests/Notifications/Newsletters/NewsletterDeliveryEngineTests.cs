using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Newsletters;
using CleanBackend.Application.Notifications.Newsletters.Delivery;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Notifications;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Notifications.Newsletters;

public class NewsletterDeliveryEngineTests
{
    private static readonly Guid NewsletterId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");

    private FakeClock _clock = null!;
    private List<EmailMessage> _sent = null!;
    private NewsletterOptions _options = null!;
    private Func<EmailMessage, Exception?> _failure = null!;

    [SetUp]
    public void StartFresh()
    {
        _clock = new FakeClock();
        _sent = [];
        _options = new NewsletterOptions { BatchSize = 3, SendConcurrency = 1, MaxAttempts = 3, ClaimTimeout = TimeSpan.FromMinutes(5) };
        _failure = _ => null;
    }

    [Test]
    public async Task RunAsync_SendsEveryDeliveryInBatchesOnceAndSucceeds()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 7);

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: false, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.Finished, TimeSpan.Zero, 7, 0)));
            Assert.That(store.ClaimSizes, Is.EqualTo(new[] { 3, 3, 1, 0 }));
            Assert.That(_sent.Select(message => message.To), Is.EqualTo(store.Rows.Select(row => row.Email)), "each once, in claim order");
            Assert.That(store.State, Is.EqualTo(NewsletterState.Succeeded));
            Assert.That(_sent.Select(message => message.MessageId).Distinct().Count(), Is.EqualTo(7));
            Assert.That(_sent, Has.All.Matches<EmailMessage>(message => message.Headers.ContainsKey("List-Unsubscribe")));
        }
    }

    [Test]
    public async Task RunAsync_SendingConcurrently_StillSendsEachDeliveryOnceAndCountsThemAll()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 23);
        _options.BatchSize = 10;
        _options.SendConcurrency = 4;

        var outcome = await Engine(store, delay: TimeSpan.FromMilliseconds(2)).RunAsync(NewsletterId, recovering: false, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.Finished, TimeSpan.Zero, 23, 0)));
            Assert.That(_sent.Select(message => message.To), Is.EquivalentTo(store.Rows.Select(row => row.Email)));
            Assert.That(store.State, Is.EqualTo(NewsletterState.Succeeded));
        }
    }

    [Test]
    public async Task RunAsync_PermanentFailure_FailsThatDeliveryOnlyAndTheNewsletterEndsFailed()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 4);
        _failure = message => message.To == "reader2@example.com" ? new EmailDeliveryException("550 no such user", isPermanent: true) : null;

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: false, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.Finished, TimeSpan.Zero, 3, 1)));
            Assert.That(store.Rows.Select(row => row.Status), Is.EqualTo(new[] { DeliveryStatus.Sent, DeliveryStatus.Failed, DeliveryStatus.Sent, DeliveryStatus.Sent }));
            Assert.That(store.Rows[1].LastError, Is.EqualTo("550 no such user"));
            Assert.That(store.State, Is.EqualTo(NewsletterState.Failed));
        }
    }

    [Test]
    public async Task RunAsync_TransientFailure_HandsTheRestBackAndAsksToRetryWithBackoff()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 5);
        _failure = message => message.To == "reader2@example.com" ? new EmailDeliveryException("451 try later", isPermanent: false) : null;

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: false, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.RetryLater, _options.RetryBaseDelay, 1, 0)));
            Assert.That(store.Rows.Select(row => row.Status), Is.EqualTo(new[]
            {
                DeliveryStatus.Sent, DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Pending,
            }), "nothing lost: the failed one and the rest of its batch are pending again");
            Assert.That(store.Rows[1].LastError, Is.EqualTo("451 try later"));
            Assert.That(store.State, Is.EqualTo(NewsletterState.Running));
        }
    }

    [Test]
    public async Task RunAsync_AfterATransientFailure_TheNextRunSendsTheRestAndNothingTwice()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 5);
        var failOnce = true;
        _failure = message =>
        {
            if (message.To != "reader3@example.com" || !failOnce)
            {
                return null;
            }

            failOnce = false;
            return new EmailDeliveryException("421 busy", isPermanent: false);
        };

        var first = await Engine(store).RunAsync(NewsletterId, recovering: false, CancellationToken.None);
        var second = await Engine(store).RunAsync(NewsletterId, recovering: false, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Result, Is.EqualTo(DeliveryRunResult.RetryLater));
            Assert.That(second, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.Finished, TimeSpan.Zero, 3, 0)));
            Assert.That(_sent.Select(message => message.To).Order(), Is.EqualTo(store.Rows.Select(row => row.Email).Order()));
            Assert.That(store.State, Is.EqualTo(NewsletterState.Succeeded));
        }
    }

    [Test]
    public async Task RunAsync_TransientFailureOnTheLastAllowedAttempt_FailsThatDelivery()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 2);
        store.Rows[0].Attempts = _options.MaxAttempts - 1;
        _failure = message => message.To == "reader1@example.com" ? new EmailDeliveryException("451 mailbox busy", isPermanent: false) : null;

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: false, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.Finished, TimeSpan.Zero, 1, 1)));
            Assert.That(store.Rows[0].Status, Is.EqualTo(DeliveryStatus.Failed));
        }
    }

    [TestCase(1, 5)]
    [TestCase(2, 10)]
    [TestCase(3, 20)]
    [TestCase(30, 300)]
    public void Backoff_DoublesPerAttemptUpToTheMaximum(int attempts, int expectedSeconds)
    {
        Assert.That(NewsletterDeliveryEngine.Backoff(attempts, new NewsletterOptions()), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [Test]
    public async Task RunAsync_Recovering_ResumesEveryDeliveryLeftSendingByTheDeadRun()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 4, NewsletterState.Running);
        LeftSendingByADeadRun(store, store.Rows[0], store.Rows[1]);
        store.Rows[2].Status = DeliveryStatus.Sent;

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: true, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Result, Is.EqualTo(DeliveryRunResult.Finished));
            Assert.That(_sent.Select(message => message.To), Is.EqualTo(new[] { "reader1@example.com", "reader2@example.com", "reader4@example.com" }));
            Assert.That(store.LastReleaseBefore, Is.EqualTo(_clock.GetUtcNow()), "a recovered run frees the dead run's claims at once");
        }
    }

    [Test]
    public async Task RunAsync_NotRecovering_LeavesFreshClaimsOfAnotherRunAlone()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 3, NewsletterState.Running);
        LeftSendingByADeadRun(store, store.Rows[0]);

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: false, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.RetryLater, _options.ClaimTimeout, 2, 0)));
            Assert.That(_sent.Select(message => message.To), Does.Not.Contain("reader1@example.com"));
            Assert.That(store.LastReleaseBefore, Is.EqualTo(_clock.GetUtcNow() - _options.ClaimTimeout));
            Assert.That(store.State, Is.EqualTo(NewsletterState.Running));
        }
    }

    [Test]
    public async Task RunAsync_ShutdownBetweenMessages_StopsAndHandsTheRestBack()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 6);
        using var stopping = new CancellationTokenSource();
        _failure = message =>
        {
            if (message.To == "reader2@example.com")
            {
                stopping.Cancel();
            }

            return null;
        };

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: false, stopping.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new DeliveryRunOutcome(DeliveryRunResult.HandedBack, TimeSpan.Zero, 2, 0)));
            Assert.That(store.Rows.Select(row => row.Status), Is.EqualTo(new[]
            {
                DeliveryStatus.Sent, DeliveryStatus.Sent, DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Pending, DeliveryStatus.Pending,
            }), "the message being sent when shutdown began is recorded as sent; none is left claimed");
        }
    }

    [Test]
    public async Task RunAsync_ShutdownDuringThePauseBetweenBatches_HandsBackWithNothingClaimed()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 6);
        _options.BatchPause = TimeSpan.FromMinutes(10);
        using var stopping = new CancellationTokenSource();
        _failure = message =>
        {
            if (message.To == "reader3@example.com")
            {
                stopping.Cancel();
            }

            return null;
        };

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: false, stopping.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Result, Is.EqualTo(DeliveryRunResult.HandedBack));
            Assert.That(store.SentCount, Is.EqualTo(3));
            Assert.That(store.Rows.Count(row => row.Status == DeliveryStatus.Sending), Is.Zero);
        }
    }

    [Test]
    public async Task RunAsync_FinishedNewsletter_SendsNothing()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 2, NewsletterState.Succeeded);

        var outcome = await Engine(store).RunAsync(NewsletterId, recovering: true, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Result, Is.EqualTo(DeliveryRunResult.Finished));
            Assert.That(_sent, Is.Empty);
        }
    }

    [Test]
    public async Task RunAsync_UnknownNewsletter_IsNotFound()
    {
        var store = new InMemoryDeliveryStore(NewsletterId, recipients: 2);

        var outcome = await Engine(store).RunAsync(Guid.NewGuid(), recovering: false, CancellationToken.None);

        Assert.That(outcome.Result, Is.EqualTo(DeliveryRunResult.NotFound));
    }

    [Test]
    public async Task RunAsync_StoreFailsMidRun_ReleasesItsClaimsAndRethrows()
    {
        var store = new Mock<INewsletterDeliveryStore>();
        store.Setup(s => s.StartAsync(NewsletterId, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new NewsletterContent(NewsletterId, "News", "<p>x</p>", "x", NewsletterState.Running));
        store.Setup(s => s.ClaimAsync(NewsletterId, It.IsAny<Guid>(), It.IsAny<int>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ClaimedDelivery(1, Guid.NewGuid(), "reader@example.com", 1)]);
        store.Setup(s => s.MarkSentAsync(1, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database gone"));

        Assert.That(
            async () => await Engine(store.Object).RunAsync(NewsletterId, recovering: false, CancellationToken.None),
            Throws.InvalidOperationException);
        store.Verify(s => s.ReleaseRunAsync(NewsletterId, It.IsAny<Guid>(), "database gone", CancellationToken.None), Times.Once);
    }

    private static void LeftSendingByADeadRun(InMemoryDeliveryStore store, params InMemoryDeliveryStore.Row[] rows)
    {
        var deadRun = Guid.NewGuid();
        foreach (var row in rows)
        {
            (row.Status, row.ClaimedBy, row.ClaimedAt, row.Attempts) = (DeliveryStatus.Sending, deadRun, FakeClock.DefaultStart.AddSeconds(-30), 1);
        }
    }

    private NewsletterDeliveryEngine Engine(INewsletterDeliveryStore store, TimeSpan? delay = null)
    {
        var session = new Mock<IEmailSession>();
        session.Setup(s => s.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Returns<EmailMessage, CancellationToken>(async (message, cancellation) =>
            {
                if (delay is { } wait)
                {
                    await Task.Delay(wait, cancellation);
                }

                if (_failure(message) is { } failure)
                {
                    throw failure;
                }

                lock (_sent)
                {
                    _sent.Add(message);
                }
            });
        var sender = new Mock<IEmailSender>();
        sender.Setup(s => s.OpenSession()).Returns(session.Object);
        var tokens = new Mock<INewsletterUnsubscribeTokens>();
        tokens.Setup(t => t.Create(It.IsAny<Guid>())).Returns<Guid>(userId => $"token-{userId:N}");
        return new NewsletterDeliveryEngine(
            store, sender.Object, tokens.Object, Options.Create(_options), _clock, NullLogger<NewsletterDeliveryEngine>.Instance);
    }
}
