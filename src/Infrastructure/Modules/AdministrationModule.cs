using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Infrastructure.Persistence.Administration;
using CleanBackend.Infrastructure.Persistence.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>The admin API's reads: the audit log and the statistics. (Writing audit entries is the platform's <c>IAuditTrail</c>.)</summary>
public static class AdministrationModule
{
    /// <summary>Administration has no configuration section of its own.</summary>
    public static IServiceCollection AddAdministrationModule(this IServiceCollection services)
    {
        services.AddScoped<IAuditReadService, AuditReadService>();
        services.AddScoped<IAdminStatsReader, AdminStatsReader>();
        return services;
    }
}
