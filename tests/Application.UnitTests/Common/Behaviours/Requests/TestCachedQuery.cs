using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

public sealed record TestCachedQuery(string Key, TimeSpan Duration) : IQuery<string>, ICachedQuery
{
    public string CacheKey => Key;

    public TimeSpan CacheDuration => Duration;
}
