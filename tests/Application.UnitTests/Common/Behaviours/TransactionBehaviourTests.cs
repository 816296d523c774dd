using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;
using MediatR;
using Moq;

namespace CleanBackend.Application.UnitTests.Common.Behaviours;

public class TransactionBehaviourTests
{
    private static readonly DateTimeOffset OccurredAt = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly List<string> _calls = [];
    private readonly List<INotification> _published = [];
    private IReadOnlyList<IDomainEvent> _committedEvents = [];
    private Mock<IUnitOfWork> _unitOfWork = null!;
    private Mock<IMediator> _mediator = null!;
    private Mock<ICacheService> _cache = null!;
    private CacheEvictions _evictions = null!;
    private List<IReadOnlyCollection<string>> _evicted = null!;

    [SetUp]
    public void SetUp()
    {
        _calls.Clear();
        _published.Clear();
        _committedEvents = [];
        _unitOfWork = new Mock<IUnitOfWork>();
        _unitOfWork.Setup(unitOfWork => unitOfWork.PendingDomainEvents()).Returns([]);
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.ExecuteInTransactionAsync(It.IsAny<Func<CancellationToken, Task<string>>>(), It.IsAny<CancellationToken>()))
            .Returns(async (Func<CancellationToken, Task<string>> operation, CancellationToken cancellationToken) =>
            {
                _calls.Add("transaction begun");
                var result = await operation(cancellationToken);
                _calls.Add("transaction committed");
                return new CommittedResult<string>(result, _committedEvents);
            });
        _mediator = new Mock<IMediator>();
        _mediator
            .Setup(mediator => mediator.Publish(It.IsAny<INotification>(), It.IsAny<CancellationToken>()))
            .Callback((INotification notification, CancellationToken _) =>
            {
                _calls.Add("published");
                _published.Add(notification);
            })
            .Returns(Task.CompletedTask);
        _evictions = new CacheEvictions();
        _evicted = [];
        _cache = new Mock<ICacheService>();
        _cache
            .Setup(cache => cache.RemoveAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyCollection<string> keys, CancellationToken _) =>
            {
                _calls.Add("evicted");
                _evicted.Add(keys);
            })
            .Returns(Task.CompletedTask);
    }

    [Test]
    public async Task Handle_Command_RunsTheHandlerInsideTheTransactionAndPublishesAfterTheCommit()
    {
        _committedEvents = [new SomethingHappened(OccurredAt), new SomethingHappened(OccurredAt.AddSeconds(1))];

        var response = await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_calls, Is.EqualTo(new[] { "transaction begun", "handler", "transaction committed", "published", "published" }));
        }
    }

    [Test]
    public async Task Handle_Command_PublishesEachEventWrappedInANotificationOfItsConcreteType()
    {
        var registered = new UserRegistered(Guid.NewGuid(), "jake", "jake@example.com", OccurredAt);
        var somethingElse = new SomethingHappened(OccurredAt);
        _committedEvents = [registered, somethingElse];

        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler);

        Assert.That(_published, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_published[0], Is.TypeOf<DomainEventNotification<UserRegistered>>());
            Assert.That(((DomainEventNotification<UserRegistered>)_published[0]).DomainEvent, Is.SameAs(registered));
            Assert.That(_published[1], Is.TypeOf<DomainEventNotification<SomethingHappened>>());
            Assert.That(((DomainEventNotification<SomethingHappened>)_published[1]).DomainEvent, Is.SameAs(somethingElse));
        }
    }

    [Test]
    public async Task Handle_CommandRaisingEvents_PublishesThemInsideTheTransactionBeforeTheCommitAndAgainAfterIt()
    {
        var registered = new UserRegistered(Guid.NewGuid(), "jake", "jake@example.com", OccurredAt);
        _unitOfWork.Setup(unitOfWork => unitOfWork.PendingDomainEvents()).Returns(() => _calls.Contains("handler") ? [registered] : []);
        _committedEvents = [registered];

        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler);

        Assert.That(_published, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_calls, Is.EqualTo(new[] { "transaction begun", "handler", "published", "transaction committed", "published" }));
            Assert.That(_published[0], Is.TypeOf<InTransactionDomainEventNotification<UserRegistered>>());
            Assert.That(((InTransactionDomainEventNotification<UserRegistered>)_published[0]).DomainEvent, Is.SameAs(registered));
            Assert.That(_published[1], Is.TypeOf<DomainEventNotification<UserRegistered>>());
        }
    }

    [Test]
    public async Task Handle_InTransactionPublishing_UsesTheTransactionsCancellationToken()
    {
        using var transactionCancellation = new CancellationTokenSource();
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.ExecuteInTransactionAsync(It.IsAny<Func<CancellationToken, Task<string>>>(), It.IsAny<CancellationToken>()))
            .Returns(async (Func<CancellationToken, Task<string>> operation, CancellationToken _) =>
                new CommittedResult<string>(await operation(transactionCancellation.Token), []));
        _unitOfWork.Setup(unitOfWork => unitOfWork.PendingDomainEvents()).Returns([new SomethingHappened(OccurredAt)]);

        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler);

        _mediator.Verify(mediator => mediator.Publish(It.Is<INotification>(notification => notification is InTransactionDomainEventNotification<SomethingHappened>), transactionCancellation.Token));
    }

    [Test]
    public void Handle_InTransactionHandlerFails_TheUnitOfWorkFailsAndNothingIsPublishedAfterwards()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.PendingDomainEvents()).Returns([new SomethingHappened(OccurredAt)]);
        _committedEvents = [new SomethingHappened(OccurredAt)];
        _mediator
            .Setup(mediator => mediator.Publish(It.IsAny<INotification>(), It.IsAny<CancellationToken>()))
            .Callback((INotification notification, CancellationToken _) => _published.Add(notification))
            .ThrowsAsync(new InvalidOperationException("outbox insert failed"));

        Assert.ThrowsAsync<InvalidOperationException>(() => Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_calls, Does.Not.Contain("transaction committed"));
            Assert.That(_published, Has.All.TypeOf<InTransactionDomainEventNotification<SomethingHappened>>());
        }
    }

    [Test]
    public async Task Handle_Command_PassesTheCancellationTokenOn()
    {
        using var cancellation = new CancellationTokenSource();
        _committedEvents = [new SomethingHappened(OccurredAt)];

        await Behaviour<TestCommand>().Handle(new TestCommand(), cancellation.Token, Handler);

        using (Assert.EnterMultipleScope())
        {
            _unitOfWork.Verify(unitOfWork => unitOfWork.ExecuteInTransactionAsync(It.IsAny<Func<CancellationToken, Task<string>>>(), cancellation.Token));
            _mediator.Verify(mediator => mediator.Publish(It.IsAny<INotification>(), cancellation.Token));
        }
    }

    [Test]
    public async Task Handle_CommandWithoutEvents_PublishesNothing()
    {
        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler);

        Assert.That(_published, Is.Empty);
    }

    [Test]
    public async Task Handle_Query_RunsTheHandlerWithoutAUnitOfWork()
    {
        var response = await Behaviour<TestQuery>().Handle(new TestQuery(), CancellationToken.None, Handler);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_calls, Is.EqualTo(new[] { "handler" }));
        }

        _unitOfWork.VerifyNoOtherCalls();
        _mediator.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_PlainRequestThatIsNoCommand_RunsTheHandlerWithoutAUnitOfWork()
    {
        await Behaviour<AnonymousRequest>().Handle(new AnonymousRequest(), CancellationToken.None, Handler);

        Assert.That(_calls, Is.EqualTo(new[] { "handler" }));
        _unitOfWork.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_UnitOfWorkFails_PublishesNothing()
    {
        _committedEvents = [new SomethingHappened(OccurredAt)];
        var failure = new InvalidOperationException("commit failed");
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.ExecuteInTransactionAsync(It.IsAny<Func<CancellationToken, Task<string>>>(), It.IsAny<CancellationToken>()))
            .Returns(async (Func<CancellationToken, Task<string>> operation, CancellationToken cancellationToken) =>
            {
                await operation(cancellationToken);
                throw failure;
            });

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(thrown, Is.SameAs(failure));
            Assert.That(_published, Is.Empty);
        }
    }

    [Test]
    public void Handle_HandlerFails_PublishesNothing()
    {
        _committedEvents = [new SomethingHappened(OccurredAt)];

        Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour<TestCommand>().Handle(
                new TestCommand(), CancellationToken.None, () => Task.FromException<string>(new InvalidOperationException())));

        Assert.That(_published, Is.Empty);
    }

    [Test]
    public async Task Handle_CommandThatMadeKeysStale_EvictsThemOnceAfterTheCommitAndAfterPublishing()
    {
        _committedEvents = [new SomethingHappened(OccurredAt)];

        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, HandlerMakingKeysStale);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_calls, Is.EqualTo(new[] { "transaction begun", "handler", "transaction committed", "published", "evicted" }));
            Assert.That(_evicted, Has.Count.EqualTo(1));
            Assert.That(_evicted[0], Is.EquivalentTo(new[] { "article:a", "articles:first-page:20", "tags" }));
        }
    }

    [Test]
    public async Task Handle_CommandThatMadeKeysStale_DrainsTheCollectorSoALaterCommandDoesNotEvictThemAgain()
    {
        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, HandlerMakingKeysStale);
        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler);

        Assert.That(_evicted, Has.Count.EqualTo(1));
        Assert.That(_evictions.Drain(), Is.Empty);
    }

    [Test]
    public async Task Handle_CommandThatMadeNoKeysStale_EvictsNothing()
    {
        await Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, Handler);

        _cache.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_EventHandlerFailsAfterTheCommit_StillEvictsTheStaleKeys()
    {
        _committedEvents = [new SomethingHappened(OccurredAt)];
        _mediator
            .Setup(mediator => mediator.Publish(It.IsAny<INotification>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("handler failed"));

        Assert.ThrowsAsync<InvalidOperationException>(() => Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, HandlerMakingKeysStale));

        Assert.That(_evicted.SelectMany(keys => keys), Is.EquivalentTo(new[] { "article:a", "articles:first-page:20", "tags" }));
    }

    [Test]
    public async Task Handle_CommandThatMadeKeysStale_EvictsEvenIfTheCallerHasGoneAway()
    {
        // The change is committed: a client that disconnected must not leave stale entries behind.
        using var cancellation = new CancellationTokenSource();

        await Behaviour<TestCommand>().Handle(new TestCommand(), cancellation.Token, HandlerMakingKeysStale);

        _cache.Verify(cache => cache.RemoveAsync(It.IsAny<IReadOnlyCollection<string>>(), CancellationToken.None), Times.Once());
    }

    [Test]
    public void Handle_UnitOfWorkFailsAfterTheHandlerMadeKeysStale_EvictsNothing()
    {
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.ExecuteInTransactionAsync(It.IsAny<Func<CancellationToken, Task<string>>>(), It.IsAny<CancellationToken>()))
            .Returns(async (Func<CancellationToken, Task<string>> operation, CancellationToken cancellationToken) =>
            {
                await operation(cancellationToken);
                throw new InvalidOperationException("commit failed");
            });

        Assert.ThrowsAsync<InvalidOperationException>(() => Behaviour<TestCommand>().Handle(new TestCommand(), CancellationToken.None, HandlerMakingKeysStale));

        _cache.VerifyNoOtherCalls();
    }

    [Test]
    public void Handle_HandlerFailsAfterMakingKeysStale_EvictsNothing()
    {
        Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour<TestCommand>().Handle(
                new TestCommand(),
                CancellationToken.None,
                () =>
                {
                    _evictions.Add(["article:a"]);
                    return Task.FromException<string>(new InvalidOperationException());
                }));

        _cache.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_Query_EvictsNothingEvenWithKeysCollected()
    {
        await Behaviour<TestQuery>().Handle(new TestQuery(), CancellationToken.None, HandlerMakingKeysStale);

        _cache.VerifyNoOtherCalls();
    }

    private TransactionBehaviour<TRequest, string> Behaviour<TRequest>() => new(_unitOfWork.Object, _mediator.Object, _evictions, _cache.Object);

    private Task<string> HandlerMakingKeysStale()
    {
        _calls.Add("handler");
        _evictions.Add(["article:a", "articles:first-page:20"]);
        _evictions.Add(["tags", "article:a"]);
        return Task.FromResult("handled");
    }

    private Task<string> Handler()
    {
        _calls.Add("handler");
        return Task.FromResult("handled");
    }
}
