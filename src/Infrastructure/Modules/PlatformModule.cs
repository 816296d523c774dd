using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Infrastructure.BackgroundJobs;
using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.Health;
using CleanBackend.Infrastructure.Observability;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Auditing;
using CleanBackend.Infrastructure.Persistence.Idempotency;
using CleanBackend.Infrastructure.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>
/// What every module stands on and none owns: the database and its unit of work, the two-level cache, the clustered
/// jobs, metrics, the audit trail, the request pipeline's performance threshold, the idempotency store and the
/// readiness checks.
/// </summary>
public static class PlatformModule
{
    public const string ReadinessTag = "ready";

    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var databaseOptions = ReadDatabaseOptions(configuration);
        var connectionString = BuildPostgresConnectionString(configuration, databaseOptions);
        AddPersistence(services, configuration, databaseOptions, connectionString);
        AddCaching(services, configuration);
        AddObservability(services, configuration);
        BackgroundJobsSetup.AddBackgroundJobs(services, configuration, connectionString, ReadinessTag);
        services.AddSectionOptions<RequestPerformanceOptions>(configuration, RequestPerformanceOptions.SectionName);
        services.AddSectionOptions<IdempotencyOptions>(configuration, IdempotencyOptions.SectionName);
        services.AddScoped<PostgresIdempotencyStore>();
        services.AddScoped<IIdempotencyStore>(provider => provider.GetRequiredService<PostgresIdempotencyStore>());

        services.AddHealthChecks()
            .AddDbContextCheck<ApplicationDbContext>("postgres", tags: [ReadinessTag])
            .AddCheck<RedisHealthCheck>("redis", tags: [ReadinessTag]);

        return services;
    }

    /// <summary>The PostgreSQL connection string with the pool settings of the Database section applied.</summary>
    public static string BuildPostgresConnectionString(IConfiguration configuration) =>
        BuildPostgresConnectionString(configuration, ReadDatabaseOptions(configuration));

    private static string BuildPostgresConnectionString(IConfiguration configuration, DatabaseOptions options)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Postgres is not configured.");
        }

        return new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = options.MaxPoolSize,
            MinPoolSize = options.MinPoolSize,
            Timeout = options.ConnectionTimeoutSeconds,
            CommandTimeout = options.CommandTimeoutSeconds,
        }.ConnectionString;
    }

    // The context is configured at registration, before IOptions can be resolved: read the section the options bind.
    private static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

    private static void AddPersistence(IServiceCollection services, IConfiguration configuration, DatabaseOptions options, string connectionString)
    {
        services.AddDbContextPool<ApplicationDbContext>(builder => builder
            .UseApplicationDatabase(connectionString, npgsql => npgsql
                .EnableRetryOnFailure(options.MaxRetryCount, options.MaxRetryDelay, null)
                // One statement per read, author and tags joined in: the round trips a page costs stay fixed.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .ConfigureWarnings(warnings => warnings
                // A failure escapes to the pipeline, which logs it once (an outage as one warning line): EF Core's
                // own error events, each with the stack trace, would repeat it several times per request.
                .Log(
                    (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                    (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                    (RelationalEventId.CommandError, LogLevel.Debug),
                    (RelationalEventId.ConnectionError, LogLevel.Debug),
                    (RelationalEventId.TransactionError, LogLevel.Debug),
                    (CoreEventId.ExecutionStrategyRetrying, LogLevel.Information))));

        services.AddSectionOptions<DatabaseOptions>(configuration, DatabaseOptions.SectionName);
        services.AddSingleton<ITransientOutageClassifier, DatabaseOutageClassifier>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DatabasePrecisionTimeProvider()));
    }

    private static void AddCaching(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Redis is not configured.");
        }

        services.AddSectionOptions<RedisOptions>(configuration, RedisOptions.SectionName);
        services.AddSingleton(provider => new RedisConnection(connectionString, provider.GetRequiredService<IOptions<RedisOptions>>()));
        services.AddSectionOptions<CacheOptions>(configuration, CacheOptions.SectionName);
        services.AddSingleton<CacheMetrics>();
        services.AddSingleton(provider =>
        {
            var cacheOptions = provider.GetRequiredService<IOptions<CacheOptions>>().Value;
            return new CircuitBreaker(cacheOptions.BreakAfterFailures, cacheOptions.BreakDuration, TimeProvider.System);
        });
        services.AddSingleton<RedisCacheStore>();
        services.AddSingleton<SharedRateLimiters>();
        services.AddSingleton<MemoryCacheLayer>();
        services.AddSingleton<TwoLevelCacheService>();
        services.AddSingleton<ICacheService>(provider => provider.GetRequiredService<TwoLevelCacheService>());
        services.AddHostedService(provider => provider.GetRequiredService<TwoLevelCacheService>());
    }

    private static void AddObservability(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSectionOptions<MetricsOptions>(configuration, MetricsOptions.SectionName);
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        services.AddSingleton<MetricsCollector>();
    }
}
