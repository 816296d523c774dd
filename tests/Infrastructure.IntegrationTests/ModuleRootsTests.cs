using System.Reflection;
using CleanBackend.Application.Notifications.Newsletters;
using CleanBackend.Infrastructure.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests;

/// <summary>
/// The module roots own the configuration sections: each section has one options class, and every section of the
/// Application and Infrastructure layers is validated when the host starts, failures naming the key to fix.
/// No test here connects to a server: the services are composed, and only the options are resolved.
/// </summary>
public sealed class ModuleRootsTests
{
    private static readonly Assembly[] OwnedLayers = [typeof(NewsletterOptions).Assembly, typeof(PlatformModule).Assembly];

    [Test]
    public void SectionNames_AreEachDeclaredByOneOptionsClass()
    {
        var owners = SectionOptionsTypes().GroupBy(SectionNameOf).Where(section => section.Count() > 1)
            .Select(section => $"{section.Key}: {string.Join(", ", section.Select(type => type.Name))}");

        Assert.That(owners, Is.Empty);
    }

    [Test]
    public void AddPlatformAndModules_ValidatesEverySectionOfApplicationAndInfrastructure()
    {
        var services = Compose(new Dictionary<string, string?>());
        var validated = services
            .Where(descriptor => descriptor.ServiceType.IsGenericType && descriptor.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(descriptor => descriptor.ServiceType.GenericTypeArguments[0])
            .ToHashSet();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SectionOptionsTypes(), Has.Length.GreaterThanOrEqualTo(12), "the scan must see the sections");
            Assert.That(SectionOptionsTypes().Where(type => !validated.Contains(type)).Select(type => type.Name), Is.Empty);
        }
    }

    [TestCase("Smtp:Port", "0", "The field Smtp:Port must be between 1 and 65535.")]
    [TestCase("Newsletters:BatchSize", "0", "The field Newsletters:BatchSize must be between 1 and 2147483647.")]
    [TestCase("Notifications:Outbox:MaxAttempts", "0", "The field Notifications:Outbox:MaxAttempts must be between 1 and 2147483647.")]
    [TestCase("Database:MaxPoolSize", "0", "The field Database:MaxPoolSize must be between 1 and 2147483647.")]
    [TestCase("Jobs:MaxConcurrency", "-1", "The field Jobs:MaxConcurrency must be between 1 and 2147483647.")]
    [TestCase("Redis:OperationTimeoutMilliseconds", "0", "The field Redis:OperationTimeoutMilliseconds must be between 1 and 2147483647.")]
    [TestCase("Newsletters:UnsubscribeSigningKey", "too-short", "Newsletters:UnsubscribeSigningKey")]
    [TestCase("Identity:Lockout:FreeAttempts", "0", "Identity:Lockout needs FreeAttempts >= 1")]
    [TestCase("Identity:Mfa:RequiredForRoles", "Admin,Admins", "Identity:Mfa:RequiredForRoles names unknown roles: Admins")]
    [TestCase("Identity:Mfa:ChallengeLifetime", "00:00:01", "The field Identity:Mfa:ChallengeLifetime must be between")]
    public void StartupValidation_ABadValue_FailsNamingTheKey(string key, string value, string expectedMessage)
    {
        using var provider = Compose(new Dictionary<string, string?> { [key] = value }).BuildServiceProvider();

        var failure = Assert.Catch(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(MessagesOf(failure), Has.Some.Contains(expectedMessage));
    }

    [Test]
    public void StartupValidation_TheDefaultsWithTheRequiredKeys_Pass()
    {
        using var provider = Compose(new Dictionary<string, string?>()).BuildServiceProvider();

        Assert.That(() => provider.GetRequiredService<IStartupValidator>().Validate(), Throws.Nothing);
    }

    private static Type[] SectionOptionsTypes() =>
        OwnedLayers.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.Name.EndsWith("Options", StringComparison.Ordinal) && SectionNameOf(type) is not null)
            .ToArray();

    private static string? SectionNameOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;

    private static IEnumerable<string> MessagesOf(Exception? failure) => failure switch
    {
        null => [],
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(MessagesOf),
        OptionsValidationException validation => validation.Failures,
        _ => [failure.Message],
    };

    private static ServiceCollection Compose(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            // Never connected to: only the options are resolved.
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=module_roots",
            ["ConnectionStrings:Redis"] = "127.0.0.1:1",
            ["Jwt:SigningKey"] = "module-roots-tests-signing-key-longer-than-32-bytes",
            ["Newsletters:UnsubscribeSigningKey"] = "module-roots-tests-unsubscribe-key-longer-than-32-bytes",
            ["Metrics:Token"] = "module-roots-tests-metrics-token",
            ["Jobs:Enabled"] = "false",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services
            .AddLogging()
            .AddSingleton(Mock.Of<IHostEnvironment>(host => host.EnvironmentName == Environments.Production))
            .AddSingleton(Mock.Of<IHostApplicationLifetime>());
        services.AddPlatformAndModules(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }
}
