using CleanBackend.Infrastructure;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.WebApi.Health;
using CleanBackend.WebApi.Logging;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CleanBackend.WebApi.Hosting;

public static class ApiPipeline
{
    public static async Task PrepareAsync(WebApplication app)
    {
        EndpointAccessCheck.EnsureEveryActionDeclaresAccess(typeof(Program).Assembly.GetTypes());

        if (app.Configuration.GetValue("Database:MigrateOnStartup", app.Environment.IsDevelopment()))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }
    }

    public static WebApplication UseApiPipeline(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();

        if (app.Configuration.GetValue("Swagger:Enabled", true))
        {
            app.UseSwagger();
            app.UseSwaggerUI(options => options.DocumentTitle = "CleanBackend API");
        }

        app.UseAuthentication();
        app.UseAuthorization();

        app.MapControllers();
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Infrastructure.DependencyInjection.ReadinessTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }
}
