using CleanBackend.Application.Common.Interfaces;
using MediatR;

namespace CleanBackend.Application.Common.Caching;

/// <summary>Answers <see cref="ICachedQuery"/> requests from the cache, running the handler only on a miss.</summary>
public sealed class CachingBehaviour<TRequest, TResponse>(ICacheService cache) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ICachedQuery cached
            ? cache.GetOrCreateAsync(cached.CacheKey, _ => next(), cached.CacheDuration, cancellationToken)
            : next();
}
