using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Publishing.Articles;

namespace CleanBackend.Application.Publishing.Tags.Queries.ListTags;

public sealed record ListTagsQuery : IQuery<TagListDto>, ICachedQuery
{
    public string CacheKey => ArticleCacheKeys.Tags;

    public TimeSpan CacheDuration => ArticleCacheKeys.Duration;
}
