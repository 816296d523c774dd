using System.Net;
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

    [TestCase(NewsletterTokenOptions.DevelopmentSigningKey, TestName = "Production refuses to start with the development unsubscribe key")]
    [TestCase("too-short-key", TestName = "Production refuses to start with an unsubscribe key under 32 bytes")]
    public async Task Production_refuses_a_weak_unsubscribe_key(string unsubscribeKey)
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
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

    private static CleanBackendApiFactory ProductionFactory(string signingKey)
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        settings["Jwt:SigningKey"] = signingKey;
        return new CleanBackendApiFactory(Production, settings);
    }
}
