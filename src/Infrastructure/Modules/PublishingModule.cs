using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Infrastructure.Persistence.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>Articles (with their tags), favorites and comments: their stores and read services.</summary>
public static class PublishingModule
{
    /// <summary>Publishing has no configuration section of its own (its limits are Domain rules).</summary>
    public static IServiceCollection AddPublishingModule(this IServiceCollection services)
    {
        services.AddScoped<IArticleRepository, ArticleRepository>();
        services.AddScoped<IFavoriteStore, FavoriteStore>();
        services.AddScoped<ICommentRepository, CommentRepository>();
        services.AddScoped<ArticleReadService>();
        services.AddScoped<IArticleReadService>(provider =>
            new CachedArticleReadService(provider.GetRequiredService<ArticleReadService>(), provider.GetRequiredService<ICacheService>()));
        services.AddScoped<ICommentReadService, CommentReadService>();
        services.AddScoped<ITagReadService, TagReadService>();
        services.AddScoped<IViewerRelationsReader, ViewerRelationsReader>();
        return services;
    }
}
