using System.Threading.RateLimiting;
using CleanBackend.Infrastructure.RateLimiting;
using CleanBackend.WebApi.Errors;
using CleanBackend.WebApi.Observability;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter over <see cref="SharedRateLimiters"/> (counters in Redis, shared by every replica,
/// with a per-replica fallback while Redis is down). Rejections are 429 problems with <c>Retry-After</c>.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>().Bind(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<SharedRateLimiters, IOptions<RateLimitingOptions>>((options, limiters, settings) =>
            {
                var limits = settings.Value;
                options.AddPolicy(RateLimitPolicies.Authentication, context =>
                {
                    var partition = $"{RateLimitPolicies.Authentication}:{ClientPartitions.Address(context)}";
                    return RateLimitPartition.Get(partition, key => limiters.Create(key, limits.Authentication));
                });
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    if (!IsWrite(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null)
                    {
                        return RateLimitPartition.GetNoLimiter(string.Empty);
                    }

                    var partition = $"{RateLimitPolicies.Writes}:{ClientPartitions.UserOrAddress(context)}";
                    return RateLimitPartition.Get(partition, key => limiters.Create(key, limits.Writes));
                });
                options.OnRejected = RejectAsync;
            });
        return services;
    }

    /// <summary>After authentication (writes are counted per user) and after CORS (a 429 must still reach the page).</summary>
    public static WebApplication UseApiRateLimiting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static async ValueTask RejectAsync(OnRejectedContext rejection, CancellationToken cancellationToken)
    {
        var httpContext = rejection.HttpContext;
        var policy = httpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? RateLimitPolicies.Writes;
        httpContext.RequestServices.GetRequiredService<HttpMetrics>().RequestRateLimited(policy);

        if (rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            ProblemResponses.SetRetryAfter(httpContext, retryAfter);
        }

        var problem = ProblemResponses.Create(httpContext, StatusCodes.Status429TooManyRequests, "request", "rate limit exceeded");
        await ProblemResponses.WriteAsync(httpContext, problem);
    }
}
