using CleanBackend.Infrastructure.Modules;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CleanBackend.Infrastructure.IntegrationTests;

public sealed class BuildPostgresConnectionStringTests
{
    private const string BaseConnectionString = "Host=db.internal;Port=6543;Database=app;Username=app_user;Password=secret";

    [Test]
    public void BuildPostgresConnectionString_AppliesTheDatabaseSection()
    {
        var configuration = Configuration(new()
        {
            ["ConnectionStrings:Postgres"] = BaseConnectionString,
            ["Database:MaxPoolSize"] = "7",
            ["Database:MinPoolSize"] = "2",
            ["Database:ConnectionTimeoutSeconds"] = "4",
            ["Database:CommandTimeoutSeconds"] = "9",
        });

        var built = new NpgsqlConnectionStringBuilder(PlatformModule.BuildPostgresConnectionString(configuration));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(built.MaxPoolSize, Is.EqualTo(7));
            Assert.That(built.MinPoolSize, Is.EqualTo(2));
            Assert.That(built.Timeout, Is.EqualTo(4));
            Assert.That(built.CommandTimeout, Is.EqualTo(9));
            AssertKeepsTheServerAndCredentials(built);
        }
    }

    [Test]
    public void BuildPostgresConnectionString_WithoutADatabaseSection_UsesTheDocumentedDefaults()
    {
        var configuration = Configuration(new() { ["ConnectionStrings:Postgres"] = BaseConnectionString });

        var built = new NpgsqlConnectionStringBuilder(PlatformModule.BuildPostgresConnectionString(configuration));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(built.MaxPoolSize, Is.EqualTo(100));
            Assert.That(built.MinPoolSize, Is.Zero);
            Assert.That(built.Timeout, Is.EqualTo(15));
            Assert.That(built.CommandTimeout, Is.EqualTo(30));
            AssertKeepsTheServerAndCredentials(built);
        }
    }

    [Test]
    public void BuildPostgresConnectionString_OverridesPoolSettingsGivenInTheConnectionString()
    {
        // The Database section is the one place pool sizes are tuned, so it wins over the connection string.
        var configuration = Configuration(new()
        {
            ["ConnectionStrings:Postgres"] = BaseConnectionString + ";Maximum Pool Size=500;Timeout=60",
            ["Database:MaxPoolSize"] = "20",
        });

        var built = new NpgsqlConnectionStringBuilder(PlatformModule.BuildPostgresConnectionString(configuration));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(built.MaxPoolSize, Is.EqualTo(20));
            Assert.That(built.Timeout, Is.EqualTo(15));
        }
    }

    [TestCase(null)]
    [TestCase(" ")]
    public void BuildPostgresConnectionString_WithoutAConnectionString_Throws(string? connectionString)
    {
        var configuration = Configuration(new() { ["ConnectionStrings:Postgres"] = connectionString });

        Assert.That(
            () => PlatformModule.BuildPostgresConnectionString(configuration),
            Throws.InvalidOperationException.With.Message.Contains("ConnectionStrings:Postgres"));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static void AssertKeepsTheServerAndCredentials(NpgsqlConnectionStringBuilder built)
    {
        Assert.That(built.Host, Is.EqualTo("db.internal"));
        Assert.That(built.Port, Is.EqualTo(6543));
        Assert.That(built.Database, Is.EqualTo("app"));
        Assert.That(built.Username, Is.EqualTo("app_user"));
        Assert.That(built.Password, Is.EqualTo("secret"));
    }
}
