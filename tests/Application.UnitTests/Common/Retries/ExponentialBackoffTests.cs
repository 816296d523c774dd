using CleanBackend.Application.Common.Retries;

namespace CleanBackend.Application.UnitTests.Common.Retries;

public class ExponentialBackoffTests
{
    [TestCase(0, 10)]
    [TestCase(1, 10)]
    [TestCase(2, 20)]
    [TestCase(4, 80)]
    [TestCase(7, 600)]
    [TestCase(int.MaxValue, 600)]
    public void Delay_DoublesFromTheBaseUpToTheCap(int attempts, int expectedSeconds)
    {
        var delay = ExponentialBackoff.Delay(attempts, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(10));

        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [Test]
    public void Delay_BaseTooLargeToDouble_ReturnsTheCapInsteadOfOverflowing()
    {
        var delay = ExponentialBackoff.Delay(40, TimeSpan.FromDays(1000), TimeSpan.FromDays(1));

        Assert.That(delay, Is.EqualTo(TimeSpan.FromDays(1)));
    }
}
