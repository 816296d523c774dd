using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Outbox;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Notifications;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Notifications.Outbox;

public sealed class OutboundEmailDispatcherTests
{
    private readonly FakeClock _clock = new();
    private OutboundEmailDeliveryOptions _options = null!;
    private Mock<IOutboundEmailQueue> _queue = null!;
    private Mock<IEmailSender> _sender = null!;
    private Queue<IReadOnlyList<OutboundEmail>> _batches = null!;
    private List<EmailMessage> _sent = null!;

    [SetUp]
    public void SetUp()
    {
        _options = new OutboundEmailDeliveryOptions { BatchSize = 2, MaxAttempts = 5, RetryBaseDelay = TimeSpan.FromSeconds(10), RetryMaxDelay = TimeSpan.FromSeconds(60) };
        _batches = new Queue<IReadOnlyList<OutboundEmail>>();
        _sent = [];
        _queue = new Mock<IOutboundEmailQueue>();
        _queue
            .Setup(queue => queue.ClaimDueAsync(It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _batches.Count > 0 ? _batches.Dequeue() : []);
        _sender = new Mock<IEmailSender>();
        _sender
            .Setup(sender => sender.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback((EmailMessage message, CancellationToken _) => _sent.Add(message))
            .Returns(Task.CompletedTask);
    }

    [Test]
    public async Task DeliverDue_DueRows_SendsThemWithTheirMessageIdAndMarksThemSentBatchAfterBatch()
    {
        var emails = Enumerable.Range(1, 3).Select(n => Email($"user{n}@example.test")).ToList();
        _batches.Enqueue([emails[0], emails[1]]);
        _batches.Enqueue([emails[2]]);

        var outcomes = await Dispatcher().DeliverDueAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_sent.Select(message => message.To), Is.EqualTo(emails.Select(email => email.Recipient)));
            Assert.That(_sent.Select(message => message.MessageId), Is.EqualTo(emails.Select(email => email.MessageId)));
            Assert.That(_sent[0].Subject, Is.EqualTo(emails[0].Subject));
            Assert.That(_sent[0].HtmlBody, Is.EqualTo(emails[0].HtmlBody));
            Assert.That(_sent[0].TextBody, Is.EqualTo(emails[0].TextBody));
            Assert.That(outcomes.Select(outcome => outcome.Result), Is.All.EqualTo(OutboundEmailOutcome.Sent));
        }

        foreach (var email in emails)
        {
            _queue.Verify(queue => queue.MarkSentAsync(email.Id, _clock.GetUtcNow(), CancellationToken.None), Times.Once());
        }

        _queue.Verify(queue => queue.ClaimDueAsync(2, _options.Lease, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task DeliverDue_EmptyOutbox_SendsNothing()
    {
        var outcomes = await Dispatcher().DeliverDueAsync(CancellationToken.None);

        Assert.That(outcomes, Is.Empty);
        _sender.VerifyNoOtherCalls();
    }

    [Test]
    public async Task DeliverDue_PermanentRefusal_MarksTheRowFailedAndStillSendsTheOthers()
    {
        var refused = Email("rejected@example.test");
        var fine = Email("fine@example.test");
        _batches.Enqueue([refused, fine]);
        FailFor(refused.Recipient, new EmailDeliveryException("550 mailbox unavailable", isPermanent: true));

        var outcomes = await Dispatcher().DeliverDueAsync(CancellationToken.None);

        Assert.That(outcomes.Select(outcome => (outcome.Id, outcome.Result)), Is.EqualTo(new[] { (refused.Id, OutboundEmailOutcome.Failed), (fine.Id, OutboundEmailOutcome.Sent) }));
        _queue.Verify(queue => queue.MarkFailedAsync(refused.Id, "550 mailbox unavailable", CancellationToken.None), Times.Once());
        _queue.Verify(queue => queue.MarkSentAsync(refused.Id, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public async Task DeliverDue_TransientFailure_LeavesTheRowPendingWithADelayedRetry()
    {
        var email = Email("later@example.test");
        _batches.Enqueue([email]);
        FailFor(email.Recipient, new EmailDeliveryException("connection refused", isPermanent: false));

        var outcomes = await Dispatcher().DeliverDueAsync(CancellationToken.None);

        Assert.That(outcomes.Single().Result, Is.EqualTo(OutboundEmailOutcome.Retry));
        _queue.Verify(queue => queue.ScheduleRetryAsync(email.Id, _clock.GetUtcNow() + _options.RetryBaseDelay, "connection refused", CancellationToken.None), Times.Once());
        _queue.Verify(queue => queue.MarkFailedAsync(It.IsAny<Guid>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Test]
    public async Task DeliverDue_FullBatchWithNothingSent_EndsTheRun()
    {
        var first = Email("down1@example.test");
        var second = Email("down2@example.test");
        _batches.Enqueue([first, second]);
        _batches.Enqueue([Email("waiting@example.test")]);
        _sender
            .Setup(sender => sender.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new EmailDeliveryException("connection refused", isPermanent: false));

        var outcomes = await Dispatcher().DeliverDueAsync(CancellationToken.None);

        Assert.That(outcomes.Select(outcome => outcome.Id), Is.EqualTo(new[] { first.Id, second.Id }));
        _queue.Verify(queue => queue.ClaimDueAsync(It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Test]
    public async Task DeliverDue_TransientFailureWithNoAttemptsLeft_MarksTheRowFailed()
    {
        // A claimed row already counts the attempt in progress; with none allowed, this one was the last.
        _options.MaxAttempts = 0;
        var email = Email("gone@example.test");
        _batches.Enqueue([email]);
        FailFor(email.Recipient, new EmailDeliveryException("451 try later", isPermanent: false));

        var outcomes = await Dispatcher().DeliverDueAsync(CancellationToken.None);

        Assert.That(outcomes.Single().Result, Is.EqualTo(OutboundEmailOutcome.Failed));
        _queue.Verify(queue => queue.MarkFailedAsync(email.Id, "451 try later", CancellationToken.None), Times.Once());
    }

    [TestCase(1, 10)]
    [TestCase(2, 20)]
    [TestCase(3, 40)]
    [TestCase(4, 60)]
    [TestCase(30, 60)]
    public void RetryDelay_EachAttempt_DoublesUpToTheMaximum(int attempts, int expectedSeconds)
    {
        Assert.That(OutboundEmailDispatcher.RetryDelay(attempts, _options), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [Test]
    public async Task DeliverDue_StoppedMidBatch_HandsTheUntriedRowsBack()
    {
        using var stop = new CancellationTokenSource();
        var first = Email("first@example.test");
        var second = Email("second@example.test");
        _batches.Enqueue([first, second]);
        _sender
            .Setup(sender => sender.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Callback((EmailMessage message, CancellationToken _) =>
            {
                _sent.Add(message);
                stop.Cancel();
            })
            .Returns(Task.CompletedTask);

        var outcomes = await Dispatcher().DeliverDueAsync(stop.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_sent.Select(message => message.To), Is.EqualTo(new[] { first.Recipient }));
            Assert.That(outcomes.Single().Id, Is.EqualTo(first.Id));
        }

        _queue.Verify(queue => queue.MarkSentAsync(first.Id, It.IsAny<DateTimeOffset>(), CancellationToken.None), Times.Once());
        _queue.Verify(queue => queue.ReleaseAsync(It.Is<IReadOnlyCollection<Guid>>(ids => ids.SequenceEqual(new[] { second.Id })), CancellationToken.None), Times.Once());
    }

    [Test]
    public void DeliverDue_StoppedDuringASend_HandsTheRowBackAndPropagatesTheStop()
    {
        using var stop = new CancellationTokenSource();
        var email = Email("inflight@example.test");
        _batches.Enqueue([email]);
        _sender
            .Setup(sender => sender.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (EmailMessage _, CancellationToken token) =>
            {
                await stop.CancelAsync();
                token.ThrowIfCancellationRequested();
            });

        Assert.CatchAsync<OperationCanceledException>(() => Dispatcher().DeliverDueAsync(stop.Token));

        _queue.Verify(queue => queue.ReleaseAsync(It.Is<IReadOnlyCollection<Guid>>(ids => ids.SequenceEqual(new[] { email.Id })), CancellationToken.None), Times.Once());
        _queue.Verify(queue => queue.MarkSentAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    private void FailFor(string recipient, EmailDeliveryException failure) =>
        _sender
            .Setup(sender => sender.SendAsync(It.Is<EmailMessage>(message => message.To == recipient), It.IsAny<CancellationToken>()))
            .ThrowsAsync(failure);

    private OutboundEmail Email(string recipient) =>
        OutboundEmail.Queue("test", recipient, $"Subject for {recipient}", "<p>html</p>", "text", _clock.GetUtcNow());

    private OutboundEmailDispatcher Dispatcher() =>
        new(_queue.Object, _sender.Object, _clock, Options.Create(_options), new CapturingLogger<OutboundEmailDispatcher>());
}
