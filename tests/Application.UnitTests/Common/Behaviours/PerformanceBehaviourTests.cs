using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using CleanBackend.Application.UnitTests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.UnitTests.Common.Behaviours;

public class PerformanceBehaviourTests
{
    private FakeClock _clock = null!;
    private CapturingLogger<PerformanceBehaviour<TestQuery, string>> _logger = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new FakeClock();
        _logger = new CapturingLogger<PerformanceBehaviour<TestQuery, string>>();
    }

    [Test]
    public async Task Handle_RequestSlowerThanTheThreshold_LogsAWarningNamingTheRequestAndItsDuration()
    {
        var response = await Behaviour(thresholdMilliseconds: 500).Handle(new TestQuery(), CancellationToken.None, TakingMilliseconds(600));

        var warning = _logger.At(LogLevel.Warning).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(warning.Properties["RequestName"], Is.EqualTo(nameof(TestQuery)));
            Assert.That(warning.Properties["ElapsedMilliseconds"], Is.EqualTo(600L));
            Assert.That(warning.Properties["ThresholdMilliseconds"], Is.EqualTo(500));
        }
    }

    [TestCase(0)]
    [TestCase(499)]
    [TestCase(500)]
    public async Task Handle_RequestNotSlowerThanTheThreshold_LogsNoWarning(int elapsedMilliseconds)
    {
        await Behaviour(thresholdMilliseconds: 500).Handle(new TestQuery(), CancellationToken.None, TakingMilliseconds(elapsedMilliseconds));

        Assert.That(_logger.At(LogLevel.Warning), Is.Empty);
    }

    [Test]
    public async Task Handle_ConfiguredThreshold_IsTheOneApplied()
    {
        await Behaviour(thresholdMilliseconds: 50).Handle(new TestQuery(), CancellationToken.None, TakingMilliseconds(60));

        Assert.That(_logger.At(LogLevel.Warning), Has.Exactly(1).Items);
    }

    [Test]
    public async Task Handle_DefaultOptions_WarnAbove500Milliseconds()
    {
        var behaviour = new PerformanceBehaviour<TestQuery, string>(_logger, Options.Create(new RequestPerformanceOptions()), _clock);

        await behaviour.Handle(new TestQuery(), CancellationToken.None, TakingMilliseconds(501));

        Assert.That(_logger.At(LogLevel.Warning), Has.Exactly(1).Items);
    }

    private PerformanceBehaviour<TestQuery, string> Behaviour(int thresholdMilliseconds) =>
        new(_logger, Options.Create(new RequestPerformanceOptions { SlowRequestThresholdMilliseconds = thresholdMilliseconds }), _clock);

    private MediatR.RequestHandlerDelegate<string> TakingMilliseconds(int milliseconds) => () =>
    {
        _clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
        return Task.FromResult("handled");
    };
}
