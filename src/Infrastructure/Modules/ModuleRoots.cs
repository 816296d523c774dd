using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>
/// The composition of the whole back end after <c>AddApplication</c> (the mediator, its pipeline and every handler):
/// the platform, then one root per module, each registering its Application and Infrastructure parts and its options.
/// </summary>
public static class ModuleRoots
{
    public static IServiceCollection AddPlatformAndModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddPlatform(configuration)
            .AddIdentityModule(configuration)
            .AddPublishingModule()
            .AddSocialModule()
            .AddNotificationsModule(configuration)
            .AddAdministrationModule();
}
