using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using Moq;

namespace CleanBackend.Application.UnitTests.Common.Caching;

public class CachingBehaviourTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(3);

    private int _handlerCalls;
    private Mock<ICacheService> _cache = null!;

    [SetUp]
    public void SetUp()
    {
        _handlerCalls = 0;
        _cache = new Mock<ICacheService>();
    }

    [Test]
    public async Task Handle_CachedQueryOnAHit_ReturnsTheCachedValueWithoutRunningTheHandler()
    {
        _cache
            .Setup(cache => cache.GetOrCreateAsync("some:key", It.IsAny<Func<CancellationToken, Task<string>>>(), Duration, It.IsAny<CancellationToken>()))
            .ReturnsAsync("cached");

        var response = await new CachingBehaviour<TestCachedQuery, string>(_cache.Object)
            .Handle(new TestCachedQuery("some:key", Duration), CancellationToken.None, Handler);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("cached"));
            Assert.That(_handlerCalls, Is.Zero);
        }
    }

    [Test]
    public async Task Handle_CachedQueryOnAMiss_LoadsThroughTheHandlerUnderTheQuerysKeyAndDuration()
    {
        _cache
            .Setup(cache => cache.GetOrCreateAsync(It.IsAny<string>(), It.IsAny<Func<CancellationToken, Task<string>>>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((string _, Func<CancellationToken, Task<string>> factory, TimeSpan _, CancellationToken cancellationToken) => factory(cancellationToken));
        using var cancellation = new CancellationTokenSource();

        var response = await new CachingBehaviour<TestCachedQuery, string>(_cache.Object)
            .Handle(new TestCachedQuery("article:dragons", Duration), cancellation.Token, Handler);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_handlerCalls, Is.EqualTo(1));
        }

        _cache.Verify(
            cache => cache.GetOrCreateAsync("article:dragons", It.IsAny<Func<CancellationToken, Task<string>>>(), Duration, cancellation.Token),
            Times.Once());
        _cache.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_QueryThatIsNotCached_RunsTheHandlerWithoutTheCache()
    {
        var response = await new CachingBehaviour<TestQuery, string>(_cache.Object).Handle(new TestQuery(), CancellationToken.None, Handler);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response, Is.EqualTo("handled"));
            Assert.That(_handlerCalls, Is.EqualTo(1));
        }

        _cache.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Handle_Command_RunsTheHandlerWithoutTheCache()
    {
        await new CachingBehaviour<TestCommand, string>(_cache.Object).Handle(new TestCommand(), CancellationToken.None, Handler);

        Assert.That(_handlerCalls, Is.EqualTo(1));
        _cache.VerifyNoOtherCalls();
    }

    private Task<string> Handler()
    {
        _handlerCalls++;
        return Task.FromResult("handled");
    }
}
