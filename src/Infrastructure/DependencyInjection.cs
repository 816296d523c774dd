using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Newsletters.Delivery;
using CleanBackend.Application.Notifications.Outbox;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Infrastructure.BackgroundJobs;
using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.Health;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.Notifications;
using CleanBackend.Infrastructure.Notifications.Email;
using CleanBackend.Infrastructure.Observability;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Administration;
using CleanBackend.Infrastructure.Persistence.Auditing;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.Infrastructure.Persistence.Notifications;
using CleanBackend.Infrastructure.Notifications.Newsletters;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.Infrastructure.Persistence.Social;
using CleanBackend.Infrastructure.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanBackend.Infrastructure;

public static class DependencyInjection
{
    public const string ReadinessTag = "ready";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var databaseOptions = ReadDatabaseOptions(configuration);
        var connectionString = BuildPostgresConnectionString(configuration, databaseOptions);
        AddPersistence(services, configuration, databaseOptions, connectionString);
        AddCaching(services, configuration);
        AddIdentity(services, configuration);
        AddObservability(services, configuration);
        AddNotifications(services, configuration);
        AddNewsletters(services, configuration);
        BackgroundJobsSetup.AddBackgroundJobs(services, configuration, connectionString, ReadinessTag);

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

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton<ITransientOutageClassifier, DatabaseOutageClassifier>();

        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.AddScoped<ILoginThrottle, PostgresLoginThrottle>();
        services.AddScoped<RefreshTokenCleaner>();
        services.AddScoped<IUserReadService, UserReadService>();
        services.AddScoped<IUserAdministrationReadService, UserAdministrationReadService>();

        services.AddScoped<IFollowStore, FollowStore>();
        services.AddScoped<ProfileReadService>();
        services.AddScoped<IProfileReadService>(provider =>
            new CachedProfileReadService(provider.GetRequiredService<ProfileReadService>(), provider.GetRequiredService<ICacheService>()));

        services.AddScoped<IArticleRepository, ArticleRepository>();
        services.AddScoped<ITagRepository, TagRepository>();
        services.AddScoped<IFavoriteStore, FavoriteStore>();
        services.AddScoped<ICommentRepository, CommentRepository>();
        services.AddScoped<ArticleReadService>();
        services.AddScoped<IArticleReadService>(provider =>
            new CachedArticleReadService(provider.GetRequiredService<ArticleReadService>(), provider.GetRequiredService<ICacheService>()));
        services.AddScoped<ICommentReadService, CommentReadService>();
        services.AddScoped<ITagReadService, TagReadService>();
        services.AddScoped<IViewerRelationsReader, ViewerRelationsReader>();

        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<IAuditReadService, AuditReadService>();
        services.AddScoped<IAdminStatsReader, AdminStatsReader>();

        services.AddScoped<IOutboundEmailQueue, OutboundEmailQueue>();

        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new DatabasePrecisionTimeProvider()));
    }

    private static void AddCaching(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Redis is not configured.");
        }

        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName));
        services.AddSingleton(provider => new RedisConnection(connectionString, provider.GetRequiredService<IOptions<RedisOptions>>()));
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.SectionName));
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
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        services.AddSingleton<MetricsCollector>();
    }

    private static void AddNewsletters(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewsletterTokenOptions>().Bind(configuration.GetSection(NewsletterTokenOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NewsletterTokenOptions>, NewsletterTokenOptionsValidator>();
        services.AddSingleton<INewsletterUnsubscribeTokens, NewsletterUnsubscribeTokens>();
        services.AddOptions<NewsletterDeliveryOptions>().Bind(configuration.GetSection(NewsletterDeliveryOptions.SectionName));

        services.AddScoped<INewsletterRepository, NewsletterRepository>();
        services.AddScoped<INewsletterDeliveryStore, NewsletterDeliveryStore>();
        services.AddScoped<IJobReadService, JobReadService>();
        services.AddScoped<NewsletterDeliveryEngine>();
        services.AddSingleton<QuartzNewsletterScheduler>();
        services.AddSingleton<INewsletterDeliveryScheduler>(provider => provider.GetRequiredService<QuartzNewsletterScheduler>());
    }

    private static void AddNotifications(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<SmtpEmailSender>());
        services.AddSingleton<EmailMetrics>();
        services.AddOptions<OutboundEmailDeliveryOptions>().Bind(configuration.GetSection(OutboundEmailDeliveryOptions.SectionName));
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        services.AddSingleton<ITokenService, JwtTokenService>();
        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddOptions<LoginLockoutOptions>()
            .Bind(configuration.GetSection(LoginLockoutOptions.SectionName))
            .Validate(lockout => lockout.IsValid, "Identity:Lockout needs FreeAttempts >= 1, BaseDelay > 0, MaxDelay >= BaseDelay and ForgetAfter > 0.")
            .ValidateOnStart();
    }
}
