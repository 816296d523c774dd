namespace CleanBackend.Infrastructure.IntegrationTests.Caching;

/// <summary>A small value of the kind the application caches: a record with a constructor and a collection.</summary>
public sealed record CachedProfile(string Username, int FollowerCount, IReadOnlyList<string> Tags);
