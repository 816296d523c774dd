using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Modules;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.Infrastructure.Persistence.Social;
using CleanBackend.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests;

/// <summary>
/// The services as the API registers them, over the real servers: the pooled context with the retrying
/// execution strategy, the Redis multiplexer and the health checks, which the other fixtures build by hand.
/// </summary>
public sealed class AddPlatformAndModulesTests
{
    private const string SigningKey = "composition-tests-signing-key-longer-than-32-bytes";

    private TestDatabase _database = null!;

    // One provider for the tests that use Redis: disposing its connection is slow (see RedisTestSettings).
    private ServiceProvider _provider = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAndServicesAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("composition");
        _provider = BuildProvider(Environments.Production, SigningKey);
    }

    [OneTimeTearDown]
    public async Task DisposeServicesAndDropDatabaseAsync()
    {
        await _provider.DisposeAsync();
        await _database.DropAsync();
    }

    [Test]
    public async Task AddPlatformAndModules_RegistersServicesThatWorkTogether()
    {
        var user = TestUsers.Register("composed");
        await using (var scope = _provider.CreateAsyncScope())
        {
            // The retrying strategy rejects user transactions it does not run itself, so this checks UnitOfWork uses it properly.
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            var users = scope.ServiceProvider.GetRequiredService<IUserRepository>();
            await unitOfWork.ExecuteInTransactionAsync(
                _ =>
                {
                    users.Add(user);
                    return Task.FromResult(user.Id);
                },
                CancellationToken.None);
        }

        await using (var scope = _provider.CreateAsyncScope())
        {
            var dto = await scope.ServiceProvider.GetRequiredService<IUserReadService>().FindAsync(user.Id, CancellationToken.None);
            Assert.That(dto?.Username, Is.EqualTo("composed"));
        }

        // Started as the host starts it (connected and subscribed); the second factory is not run: the value is cached.
        foreach (var hostedService in _provider.GetServices<IHostedService>())
        {
            await hostedService.StartAsync(CancellationToken.None);
        }

        var cache = _provider.GetRequiredService<ICacheService>();
        await cache.GetOrCreateAsync("composition", _ => Task.FromResult(12345), TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.That(
            await cache.GetOrCreateAsync("composition", _ => Task.FromResult(-1), TimeSpan.FromMinutes(1), CancellationToken.None),
            Is.EqualTo(12345));
    }

    [Test]
    public void AddPlatformAndModules_TheArticleAndProfileReadPortsAreServedThroughTheCache()
    {
        using var scope = _provider.CreateScope();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scope.ServiceProvider.GetRequiredService<IArticleReadService>(), Is.TypeOf<CachedArticleReadService>());
            Assert.That(scope.ServiceProvider.GetRequiredService<IProfileReadService>(), Is.TypeOf<CachedProfileReadService>());
        }
    }

    [Test]
    public void AddPlatformAndModules_TheCacheIsTheInstanceTheHostStartsAndSubscribes()
    {
        // A second instance would subscribe to invalidations while the one answering requests never trusts its memory.
        Assert.That(_provider.GetServices<IHostedService>(), Has.Some.SameAs(_provider.GetRequiredService<ICacheService>()));
    }

    [Test]
    public async Task AddPlatformAndModules_ReportsPostgresAndRedisHealthy()
    {
        var report = await _provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Entries.Keys, Is.EquivalentTo(new[] { "postgres", "redis" }));
            Assert.That(report.Status, Is.EqualTo(HealthStatus.Healthy), () => string.Join(
                Environment.NewLine,
                report.Entries.Select(entry => $"{entry.Key}: {entry.Value.Status} {entry.Value.Exception?.Message}")));
        }
    }

    [Test]
    public async Task AddPlatformAndModules_RefusesTheDevelopmentKeyOutsideDevelopment()
    {
        // Its own provider; it never resolves the Redis connection, so disposing it is quick.
        await using var provider = BuildProvider(Environments.Production, JwtOptions.DevelopmentSigningKey);

        Assert.That(
            () => provider.GetRequiredService<IOptions<JwtOptions>>().Value,
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("development key"));
    }

    private ServiceProvider BuildProvider(string environmentName, string signingKey)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:Redis"] = TestServers.Redis,
            ["Redis:KeyPrefix"] = RedisTestSettings.UniqueKeyPrefix(),
            ["Redis:ConnectTimeoutMilliseconds"] = $"{RedisTestSettings.RunningServerTimeoutMilliseconds}",
            ["Redis:OperationTimeoutMilliseconds"] = $"{RedisTestSettings.RunningServerTimeoutMilliseconds}",
            ["Jwt:SigningKey"] = signingKey,

            // No host runs here to start a scheduler (QuartzClusterTests run real ones); the jobs are still registered and validated.
            ["Jobs:Enabled"] = "false",
        }).Build();

        // What the host and the Application layer provide and the module roots rely on.
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Mock.Of<IHostEnvironment>(host => host.EnvironmentName == environmentName))
            .AddSingleton(Mock.Of<IHostApplicationLifetime>())
            .AddSingleton(TimeProvider.System)
            .AddSingleton(Mock.Of<CleanBackend.Application.Common.Security.ICurrentUser>())
            .AddSingleton(Mock.Of<CleanBackend.Application.Common.Interfaces.ICorrelationContext>())
            .AddSingleton(Mock.Of<CleanBackend.Application.Identity.Abstractions.IClientDevice>())
            .AddSingleton<AutoMapper.IConfigurationProvider>(CleanBackend.Application.DependencyInjection.CreateMapperConfiguration());
        services.AddPlatformAndModules(configuration);

        // ValidateOnBuild fails here, with the missing service named, if a registration cannot be constructed.
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
