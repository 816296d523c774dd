using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.IntegrationTests.Support;

namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

public sealed class CircuitBreakerTests
{
    private const int Threshold = 3;

    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private ManualClock _clock = null!;
    private CircuitBreaker _breaker = null!;
    private int _recoveries;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualClock();
        _breaker = new CircuitBreaker(Threshold, BreakDuration, _clock);
        _recoveries = 0;
        _breaker.Recovered += () => _recoveries++;
    }

    [Test]
    public void New_IsClosedAndLetsCallsThrough()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_breaker.IsOpen, Is.False);
            Assert.That(_breaker.TryEnter(), Is.True);
            Assert.That(_breaker.TryEnter(), Is.True);
        }
    }

    [Test]
    public void FewerConsecutiveFailuresThanTheThreshold_KeepItClosed()
    {
        Fail(Threshold - 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_breaker.IsOpen, Is.False);
            Assert.That(_breaker.TryEnter(), Is.True);
        }
    }

    [Test]
    public void ThresholdConsecutiveFailures_OpenItAndCallsAreRefused()
    {
        Fail(Threshold);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_breaker.IsOpen, Is.True);
            Assert.That(_breaker.TryEnter(), Is.False);
        }
    }

    [Test]
    public void ASuccess_ResetsTheCountOfConsecutiveFailures()
    {
        Fail(Threshold - 1);
        _breaker.RecordSuccess();
        Fail(Threshold - 1);

        Assert.That(_breaker.IsOpen, Is.False);
    }

    [Test]
    public void Open_RefusesUntilTheBreakIsOver()
    {
        Fail(Threshold);

        _clock.Advance(BreakDuration - TimeSpan.FromTicks(1));

        Assert.That(_breaker.TryEnter(), Is.False);
    }

    [Test]
    public void Open_AfterTheBreak_LetsExactlyOneTrialThrough()
    {
        Fail(Threshold);
        _clock.Advance(BreakDuration);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_breaker.TryEnter(), Is.True, "the trial");
            Assert.That(_breaker.TryEnter(), Is.False, "a second caller while the trial runs");
            Assert.That(_breaker.TryEnter(), Is.False, "a third caller while the trial runs");
            Assert.That(_breaker.IsOpen, Is.True, "half-open still counts as open");
        }
    }

    [Test]
    public void SuccessfulTrial_ClosesItAndRaisesRecoveredOnce()
    {
        Fail(Threshold);
        _clock.Advance(BreakDuration);
        Assert.That(_breaker.TryEnter(), Is.True);

        _breaker.RecordSuccess();
        _breaker.RecordSuccess();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_breaker.IsOpen, Is.False);
            Assert.That(_breaker.TryEnter(), Is.True);
            Assert.That(_breaker.TryEnter(), Is.True, "closed again: every call goes through");
            Assert.That(_recoveries, Is.EqualTo(1));
        }
    }

    [Test]
    public void SuccessWhileClosed_RaisesNoRecovered()
    {
        _breaker.RecordSuccess();
        Fail(Threshold - 1);
        _breaker.RecordSuccess();

        Assert.That(_recoveries, Is.Zero);
    }

    [Test]
    public void FailedTrial_OpensItForAnotherWholeBreak()
    {
        Fail(Threshold);
        _clock.Advance(BreakDuration);
        Assert.That(_breaker.TryEnter(), Is.True);

        _breaker.RecordFailure();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_breaker.IsOpen, Is.True);
            Assert.That(_breaker.TryEnter(), Is.False, "right after the failed trial");
            Assert.That(_recoveries, Is.Zero);
        }

        _clock.Advance(BreakDuration - TimeSpan.FromTicks(1));
        Assert.That(_breaker.TryEnter(), Is.False, "the new break counts from the failed trial");

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.That(_breaker.TryEnter(), Is.True, "the next trial");
    }

    [Test]
    public void AFailureAfterRecovery_DoesNotReopenItBeforeTheThreshold()
    {
        Fail(Threshold);
        _clock.Advance(BreakDuration);
        _breaker.TryEnter();
        _breaker.RecordSuccess();

        Fail(Threshold - 1);

        Assert.That(_breaker.IsOpen, Is.False);
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            _breaker.RecordFailure();
        }
    }
}
