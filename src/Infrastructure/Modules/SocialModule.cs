using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Infrastructure.Persistence.Social;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>Profiles and follows.</summary>
public static class SocialModule
{
    /// <summary>Social has no configuration section of its own.</summary>
    public static IServiceCollection AddSocialModule(this IServiceCollection services)
    {
        services.AddScoped<IFollowStore, FollowStore>();
        services.AddScoped<ProfileReadService>();
        services.AddScoped<IProfileReadService>(provider =>
            new CachedProfileReadService(provider.GetRequiredService<ProfileReadService>(), provider.GetRequiredService<ICacheService>()));
        return services;
    }
}
