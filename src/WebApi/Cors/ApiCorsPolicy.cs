using CleanBackend.WebApi.Idempotency;
using CleanBackend.WebApi.Logging;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.Cors;

/// <summary>
/// The one CORS policy of the API, from the <c>Cors</c> section. In Development a front end's dev server on
/// localhost or 127.0.0.1 (any port) is allowed on top of the list, so it works without configuration.
/// </summary>
public static class ApiCorsPolicy
{
    public const string Name = "Api";

    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE"];

    // Accept and Content-Language are CORS-safelisted already; JSON bodies and tokens need these.
    private static readonly string[] RequestHeaders =
        ["Authorization", "Content-Type", CorrelationIdMiddleware.HeaderName, HttpIdempotencyContext.KeyHeader];

    private static readonly string[] ExposedHeaders =
        ["Location", "Retry-After", CorrelationIdMiddleware.HeaderName, HttpIdempotencyContext.ReplayedHeader];

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiCorsOptions>().Bind(configuration.GetSection(ApiCorsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiCorsOptions>, ApiCorsOptionsValidator>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiCorsOptions>, IHostEnvironment>(
            (cors, settings, environment) => cors.AddPolicy(Name, Build(settings.Value, environment.IsDevelopment())));
        return services;
    }

    private static CorsPolicy Build(ApiCorsOptions settings, bool isDevelopment)
    {
        var policy = new CorsPolicyBuilder()
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(settings.PreflightMaxAge);

        if (settings.AllowsAnyOrigin)
        {
            return policy.AllowAnyOrigin().Build();
        }

        var allowed = settings.AllowedOrigins.Select(origin => BrowserOrigin.Normalize(origin)!).ToHashSet(StringComparer.Ordinal);
        policy.SetIsOriginAllowed(origin =>
            (BrowserOrigin.Normalize(origin) is { } normalized && allowed.Contains(normalized))
            || (isDevelopment && BrowserOrigin.IsLoopbackDevelopmentServer(origin)));
        if (settings.AllowCredentials)
        {
            policy.AllowCredentials();
        }

        return policy.Build();
    }
}
