using CleanBackend.Infrastructure;
using CleanBackend.Infrastructure.Observability;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.WebApi.Cors;
using CleanBackend.WebApi.Errors;
using CleanBackend.WebApi.Health;
using CleanBackend.WebApi.Logging;
using CleanBackend.WebApi.Observability;
using CleanBackend.WebApi.RateLimiting;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.Hosting;

public static class ApiPipeline
{
    public static async Task PrepareAsync(WebApplication app)
    {
        EndpointAccessCheck.EnsureEveryActionDeclaresAccess(typeof(Program).Assembly.GetTypes());

        // The collector listens from its creation on: create it now, not at the first scrape.
        if (app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
        {
            app.Services.GetRequiredService<MetricsCollector>();
        }

        if (app.Configuration.GetValue("Database:MigrateOnStartup", app.Environment.IsDevelopment()))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }
    }

    public static WebApplication UseApiPipeline(this WebApplication app)
    {
        // First: everything after it (logs, the rate limiter, HSTS) must see the client's address and scheme.
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        // Before the exception handler, which clears the headers of the answer it replaces.
        if (app.Configuration.GetValue(ReverseProxySetup.HstsEnabledKey, false))
        {
            app.UseHsts();
        }

        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestObservabilityMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages(BodilessErrorResponses.WriteProblemAsync);
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Off unless enabled: appsettings.Development.json enables it, a deployment must opt in.
        if (app.Configuration.GetValue("Swagger:Enabled", false))
        {
            app.UseSwagger();
            app.UseSwaggerUI(options =>
            {
                options.DocumentTitle = "CleanBackend API";
                options.RoutePrefix = SecurityHeadersMiddleware.SwaggerPath.TrimStart('/');
            });
        }

        // Before authentication, so that a preflight is answered here and never meets a 401 or a 405.
        app.UseCors(ApiCorsPolicy.Name);

        app.UseAuthentication();
        app.UseApiRateLimiting();
        app.UseAuthorization();

        app.MapControllers();
        var metricsOptions = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (metricsOptions.Enabled)
        {
            app.MapMetrics(metricsOptions);
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Infrastructure.Modules.PlatformModule.ReadinessTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }
}
