using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Social.Profiles.Queries.GetProfileSnapshot;

/// <summary>The viewer-independent part of a profile, cached; null when there is no such user.</summary>
public sealed record GetProfileSnapshotQuery(string Username) : IQuery<ProfileSnapshot?>, ICachedQuery
{
    public string CacheKey => ProfileCacheKeys.Profile(Username);

    public TimeSpan CacheDuration => ProfileCacheKeys.Duration;
}
