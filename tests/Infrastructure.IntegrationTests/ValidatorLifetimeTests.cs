using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Infrastructure.Modules;
using CleanBackend.TestSupport;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests;

/// <summary>
/// Validators are singletons (FluentValidation's registration), so everything they depend on must live as long:
/// checked against the lifetimes Infrastructure really registers, which the Application's own tests only mock.
/// </summary>
public sealed class ValidatorLifetimeTests
{
    [Test]
    public void EveryValidator_IsASingletonWhoseDependenciesAreSingletonsToo()
    {
        var services = ComposeApplicationAndInfrastructure();
        var validatorRegistrations = services
            .Where(descriptor => descriptor.ServiceType.IsGenericType && descriptor.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>))
            .ToList();
        Assert.That(validatorRegistrations, Is.Not.Empty);

        // With ValidateScopes, resolving from the root fails when a singleton captures a scoped service.
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using (Assert.EnterMultipleScope())
        {
            foreach (var registration in validatorRegistrations)
            {
                var name = registration.ImplementationType?.Name;
                Assert.That(registration.Lifetime, Is.EqualTo(ServiceLifetime.Singleton), name);
                Assert.That(() => provider.GetRequiredService(registration.ServiceType), Throws.Nothing, name);
            }
        }
    }

    private static ServiceCollection ComposeApplicationAndInfrastructure()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=validator_lifetimes",
            ["ConnectionStrings:Redis"] = TestServers.Redis,
            ["Jwt:SigningKey"] = "validator-lifetime-tests-signing-key-longer-than-32-bytes",
            ["Newsletters:UnsubscribeSigningKey"] = "validator-lifetime-tests-unsubscribe-key-longer-than-32-bytes",
            ["Jobs:Enabled"] = "false",
        }).Build();

        // What the host and the WebApi layer provide.
        var services = new ServiceCollection();
        services
            .AddLogging()
            .AddSingleton(Mock.Of<IHostEnvironment>(host => host.EnvironmentName == Environments.Production))
            .AddSingleton(Mock.Of<IHostApplicationLifetime>())
            .AddScoped(_ => Mock.Of<ICurrentUser>())
            .AddScoped(_ => Mock.Of<ICorrelationContext>());
        Application.DependencyInjection.AddApplication(services);
        services.AddPlatformAndModules(configuration);
        return services;
    }
}
