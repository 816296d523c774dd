using System.Net;
using CleanBackend.Application.Notifications.Newsletters;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Hosting;

/// <summary>Outside Development the API must refuse keys that anyone could forge tokens with.</summary>
public sealed class StartupGuardTests
{
    private const string Production = "Production";

    [TestCase(JwtOptions.DevelopmentSigningKey, TestName = "Production refuses to start with the development signing key")]
    [TestCase("too-short-key", TestName = "Production refuses to start with a signing key under 32 bytes")]
    public async Task Production_refuses_a_weak_signing_key(string signingKey)
    {
        await using var factory = ProductionFactory(signingKey);

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(StartupFailures.MessagesOf(failure), Does.Contain("Jwt:SigningKey"));
    }

    [TestCase(NewsletterOptions.DevelopmentUnsubscribeSigningKey, TestName = "Production refuses to start with the development unsubscribe key")]
    [TestCase("too-short-key", TestName = "Production refuses to start with an unsubscribe key under 32 bytes")]
    public async Task Production_refuses_a_weak_unsubscribe_key(string unsubscribeKey)
    {
        var settings = ProductionSettings();
        settings["Newsletters:UnsubscribeSigningKey"] = unsubscribeKey;
        await using var factory = new CleanBackendApiFactory(Production, settings);

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(StartupFailures.MessagesOf(failure), Does.Contain("Newsletters:UnsubscribeSigningKey"));
    }

    /// <summary>The control: the same Production host with a strong key starts, so the refusals above are about the key.</summary>
    [Test]
    public async Task Production_starts_with_a_strong_signing_key()
    {
        await using var factory = ProductionFactory(TestHostSettings.SigningKey);
        using var api = new ConduitApiClient(factory.CreateClient());

        var response = await api.GetAsync("/health/live");

        response.ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Production_refuses_to_publish_metrics_without_a_token_or_a_port()
    {
        var settings = ProductionSettings();
        settings.Remove("Metrics:Token");
        await using var factory = new CleanBackendApiFactory(Production, settings);

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(StartupFailures.MessagesOf(failure), Does.Contain("Metrics:Token").And.Contain("Metrics:Port"));
    }

    [TestCase("Metrics:Port", "9464", TestName = "Production starts with metrics on a separate port")]
    [TestCase("Metrics:Enabled", "false", TestName = "Production starts with metrics switched off")]
    public async Task Production_starts_with_metrics_off_the_public_port(string key, string value)
    {
        var settings = ProductionSettings();
        settings.Remove("Metrics:Token");
        settings[key] = value;
        await using var factory = new CleanBackendApiFactory(Production, settings);
        using var api = new ConduitApiClient(factory.CreateClient());

        var metrics = await api.GetAsync("/metrics");

        metrics.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Production_serves_no_swagger_unless_enabled()
    {
        var settings = ProductionSettings();
        settings.Remove("Swagger:Enabled");
        await using var factory = new CleanBackendApiFactory(Production, settings);
        using var api = new ConduitApiClient(factory.CreateClient());

        var page = await api.GetAsync("/swagger/index.html");
        var document = await api.GetAsync("/swagger/v1/swagger.json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(document.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task Production_serves_swagger_when_enabled()
    {
        var settings = ProductionSettings();
        settings["Swagger:Enabled"] = "true";
        await using var factory = new CleanBackendApiFactory(Production, settings);
        using var api = new ConduitApiClient(factory.CreateClient());

        var document = await api.GetAsync("/swagger/v1/swagger.json");

        document.ShouldHaveStatus(HttpStatusCode.OK);
    }

    private static CleanBackendApiFactory ProductionFactory(string signingKey)
    {
        var settings = ProductionSettings();
        settings["Jwt:SigningKey"] = signingKey;
        return new CleanBackendApiFactory(Production, settings);
    }

    /// <summary>The test settings plus what else Production insists on (a metrics token), so each test's refusal is about its key.</summary>
    private static Dictionary<string, string?> ProductionSettings()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        settings["Metrics:Token"] = "startup-guard-tests-metrics-token";
        return settings;
    }
}
