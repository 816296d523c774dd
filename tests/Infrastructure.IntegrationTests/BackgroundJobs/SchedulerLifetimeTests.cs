using CleanBackend.Infrastructure.BackgroundJobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>
/// The host's stop token bounds the wait for Quartz's hosted service. With PostgreSQL gone mid-firing, its stop
/// keeps retrying to hand the trigger back and never completes; the process must still stop.
/// </summary>
public sealed class SchedulerLifetimeTests
{
    private Mock<IHostedLifecycleService> _quartz = null!;
    private SchedulerLifetime _lifetime = null!;

    [SetUp]
    public void SetUp()
    {
        _quartz = new Mock<IHostedLifecycleService>();
        _quartz.Setup(quartz => quartz.StartAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        _quartz.Setup(quartz => quartz.StopAsync(It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        _lifetime = new SchedulerLifetime(_quartz.Object, NullLogger<SchedulerLifetime>.Instance);
    }

    [Test]
    public async Task StartAndStop_AreQuartzsOwn()
    {
        await _lifetime.StartAsync(CancellationToken.None);
        await _lifetime.StopAsync(CancellationToken.None);

        _quartz.Verify(quartz => quartz.StartAsync(CancellationToken.None), Times.Once);
        _quartz.Verify(quartz => quartz.StopAsync(CancellationToken.None), Times.Once);
    }

    [Test]
    public async Task StopAsync_NeverCompleting_IsAbandonedWhenTheHostStopsWaiting()
    {
        var never = new TaskCompletionSource();
        _quartz.Setup(quartz => quartz.StopAsync(It.IsAny<CancellationToken>())).Returns(never.Task);
        using var shutdownTimeout = new CancellationTokenSource();

        var stop = _lifetime.StopAsync(shutdownTimeout.Token);
        var stillWaiting = !stop.IsCompleted;
        await shutdownTimeout.CancelAsync();
        var returned = await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(30))) == stop;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stillWaiting, Is.True, "it waits for the scheduler while the host does");
            Assert.That(returned, Is.True, "it still waits after the host's shutdown timeout");
            Assert.That(stop.IsCompletedSuccessfully, Is.True, "an abandoned stop is logged, not thrown");
        }
    }
}
