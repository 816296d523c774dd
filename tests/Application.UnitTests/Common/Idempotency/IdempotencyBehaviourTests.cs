using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using CleanBackend.Application.UnitTests.Support;
using MediatR;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Application.UnitTests.Common.Idempotency;

public class IdempotencyBehaviourTests
{
    private static readonly Guid Caller = Guid.Parse("5d2b6c1e-0f5b-4c55-9a7e-1d1f0c9b7a01");
    private static readonly Guid OtherCaller = Guid.Parse("8a0f2f3c-7d0e-4f5e-a1c2-3b4d5e6f7a8b");

    private FakeClock _clock = null!;
    private InMemoryIdempotencyStore _store = null!;
    private Mock<IIdempotencyContext> _context = null!;
    private int _executions;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _store = new InMemoryIdempotencyStore();
        _context = new Mock<IIdempotencyContext>();
        _context.SetupGet(context => context.Key).Returns("key-1");
        _executions = 0;
    }

    [Test]
    public async Task Handle_SameKeyAndContentTwice_RunsOnceAndReplaysTheFirstResult()
    {
        var first = await Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);
        var second = await Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_executions, Is.EqualTo(1));
            Assert.That(second, Is.EqualTo(first));
            _context.Verify(context => context.MarkReplayed(), Times.Once);
        }
    }

    [Test]
    public async Task Handle_SameKeyWithAnotherBody_IsRefusedAsReuse()
    {
        await Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);

        Assert.That(
            () => Behaviour(Caller).Handle(new IdempotentTestCommand("another title"), CancellationToken.None, Creating),
            Throws.TypeOf<IdempotencyKeyReusedException>());
        Assert.That(_executions, Is.EqualTo(1));
    }

    [Test]
    public async Task Handle_SameKeyAndBodyForAnotherRouteValue_IsRefusedAsReuse()
    {
        await Behaviour(Caller).Handle(new IdempotentTestCommand("title", Slug: "first-article"), CancellationToken.None, Creating);

        Assert.That(
            () => Behaviour(Caller).Handle(new IdempotentTestCommand("title", Slug: "second-article"), CancellationToken.None, Creating),
            Throws.TypeOf<IdempotencyKeyReusedException>());
    }

    [Test]
    public async Task Handle_SameKeyFromAnotherCaller_RunsForThatCaller()
    {
        await Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);
        await Behaviour(OtherCaller).Handle(new IdempotentTestCommand("another title"), CancellationToken.None, Creating);

        Assert.That(_executions, Is.EqualTo(2));
        _context.Verify(context => context.MarkReplayed(), Times.Never);
    }

    [Test]
    public void Handle_KeyHeldByARunningRequest_IsRefusedAsInProgressWithoutRunning()
    {
        _store.HeldElsewhere.Add((Caller.ToString("N"), "key-1"));

        Assert.That(
            () => Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating),
            Throws.TypeOf<IdempotentRequestInProgressException>());
        Assert.That(_executions, Is.Zero);
    }

    [Test]
    public async Task Handle_AfterTheRetention_RunsAgain()
    {
        var behaviourOptions = new IdempotencyOptions { Retention = TimeSpan.FromHours(24) };
        await Behaviour(Caller, behaviourOptions).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);

        _clock.Advance(TimeSpan.FromHours(24));
        await Behaviour(Caller, behaviourOptions).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);

        Assert.That(_executions, Is.EqualTo(2));
    }

    [Test]
    public async Task Handle_NoKey_RunsEveryTimeAndStoresNothing()
    {
        _context.SetupGet(context => context.Key).Returns((string?)null);

        await Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);
        await Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, Creating);

        Assert.That((_executions, _store.Saves), Is.EqualTo((2, 0)));
    }

    [Test]
    public async Task Handle_CommandNotMarkedIdempotent_IgnoresTheKey()
    {
        var behaviour = new IdempotencyBehaviour<TestCommand, string>(
            _context.Object, _store, TestCallers.SignedIn(Caller).Object, Options.Create(new IdempotencyOptions()), _clock);
        RequestHandlerDelegate<string> handler = () =>
        {
            _executions++;
            return Task.FromResult("handled");
        };

        await behaviour.Handle(new TestCommand(), CancellationToken.None, handler);
        await behaviour.Handle(new TestCommand(), CancellationToken.None, handler);

        Assert.That((_executions, _store.Saves), Is.EqualTo((2, 0)));
    }

    [Test]
    public void Handle_FailingFirstRequest_StoresNothingSoTheRetryRunsAfresh()
    {
        Assert.That(
            () => Behaviour(Caller).Handle(new IdempotentTestCommand("title"), CancellationToken.None, () => throw new NotFoundException("article")),
            Throws.TypeOf<NotFoundException>());

        Assert.That(_store.Saves, Is.Zero);
    }

    private IdempotencyBehaviour<IdempotentTestCommand, IdempotentTestResult> Behaviour(Guid caller, IdempotencyOptions? options = null) =>
        new(_context.Object, _store, TestCallers.SignedIn(caller).Object, Options.Create(options ?? new IdempotencyOptions()), _clock);

    private Task<IdempotentTestResult> Creating()
    {
        _executions++;
        return Task.FromResult(new IdempotentTestResult(Guid.NewGuid(), $"created {_executions}", _clock.GetUtcNow()));
    }
}
