namespace CleanBackend.Infrastructure.Caching;

public readonly record struct CacheLookup<T>(bool Found, T? Value)
{
    public static CacheLookup<T> Missing => default;
}
