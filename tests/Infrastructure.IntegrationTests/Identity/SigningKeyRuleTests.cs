using CleanBackend.Infrastructure.Identity;
using Microsoft.Extensions.Hosting;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

/// <summary>The rule both signing keys (JWT, unsubscribe links) follow; their validators' tests check that they apply it.</summary>
public sealed class SigningKeyRuleTests
{
    private const string Setting = "Section:Key";
    private const string DevelopmentKey = "development-only-key-of-this-test-not-for-production";

    // Exactly the minimum: 32 ASCII characters are 32 UTF-8 bytes.
    private const string MinimumLengthKey = "0123456789abcdef0123456789abcdef";

    [Test]
    public void Failures_AKeyOfTheMinimumLengthInProduction_None()
    {
        Assert.That(Failures(Environments.Production, MinimumLengthKey), Is.Empty);
    }

    [TestCase("Development")]
    [TestCase("Production")]
    public void Failures_AKeyOneByteTooShort_NamesTheSettingAndTheMinimum(string environment)
    {
        Assert.That(Failures(environment, MinimumLengthKey[1..]), Is.EqualTo(new[] { "Section:Key must be at least 32 bytes." }));
    }

    [Test]
    public void Failures_CountsKeyLengthInUtf8Bytes()
    {
        // 16 characters but 32 bytes: "é" takes two bytes in UTF-8, and the key is used as UTF-8 bytes.
        Assert.That(Failures(Environments.Production, new string('é', 16)), Is.Empty);
    }

    [TestCase("Production")]
    [TestCase("Staging")]
    [TestCase("Testing")]
    public void Failures_TheDevelopmentKeyOutsideDevelopment_IsRefused(string environment)
    {
        Assert.That(
            Failures(environment, DevelopmentKey),
            Is.EqualTo(new[] { $"Section:Key is the development key, which is refused in the {environment} environment." }));
    }

    [Test]
    public void Failures_TheDevelopmentKeyInDevelopment_None()
    {
        Assert.That(Failures(Environments.Development, DevelopmentKey), Is.Empty);
    }

    [Test]
    public void Failures_AnEmptyKeyInProduction_OnlyTooShort()
    {
        Assert.That(Failures(Environments.Production, string.Empty), Is.EqualTo(new[] { "Section:Key must be at least 32 bytes." }));
    }

    private static List<string> Failures(string environmentName, string key) =>
        SigningKeyRule.Failures(Setting, key, DevelopmentKey, Mock.Of<IHostEnvironment>(host => host.EnvironmentName == environmentName)).ToList();
}
