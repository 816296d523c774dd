using CleanBackend.Infrastructure.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

public sealed class JwtOptionsValidatorTests
{
    // Exactly the minimum: 32 ASCII characters are 32 UTF-8 bytes.
    private const string MinimumLengthKey = "0123456789abcdef0123456789abcdef";

    [Test]
    public void Validate_AKeyOfTheMinimumLengthInProduction_Succeeds()
    {
        var result = Validate(Environments.Production, new JwtOptions { SigningKey = MinimumLengthKey });

        Assert.That(result.Succeeded, Is.True, () => result.FailureMessage ?? string.Empty);
    }

    [Test]
    public void Validate_AKeyOneByteTooShort_Fails()
    {
        var result = Validate(Environments.Development, new JwtOptions { SigningKey = MinimumLengthKey[1..] });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("at least 32 bytes"));
    }

    [Test]
    public void Validate_CountsKeyLengthInUtf8Bytes()
    {
        // 16 characters but 32 bytes: "é" takes two bytes in UTF-8, and the key is used as UTF-8 bytes.
        var result = Validate(Environments.Production, new JwtOptions { SigningKey = new string('é', 16) });

        Assert.That(result.Succeeded, Is.True, () => result.FailureMessage ?? string.Empty);
    }

    [TestCase("Production")]
    [TestCase("Staging")]
    [TestCase("Testing")]
    public void Validate_TheDevelopmentKeyOutsideDevelopment_Fails(string environment)
    {
        var result = Validate(environment, new JwtOptions { SigningKey = JwtOptions.DevelopmentSigningKey });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("development key"));
    }

    [Test]
    public void Validate_TheDevelopmentKeyInDevelopment_Succeeds()
    {
        var result = Validate(Environments.Development, new JwtOptions { SigningKey = JwtOptions.DevelopmentSigningKey });

        Assert.That(result.Succeeded, Is.True, () => result.FailureMessage ?? string.Empty);
    }

    [Test]
    public void Validate_ANonPositiveLifetime_Fails()
    {
        var result = Validate(Environments.Production, new JwtOptions { SigningKey = MinimumLengthKey, RefreshTokenLifetime = TimeSpan.Zero });

        Assert.That(result.FailureMessage, Does.Contain("lifetimes must be positive"));
    }

    [Test]
    public void Validate_ABlankIssuer_Fails()
    {
        var result = Validate(Environments.Production, new JwtOptions { SigningKey = MinimumLengthKey, Issuer = " " });

        Assert.That(result.FailureMessage, Does.Contain("Issuer and Jwt:Audience are required"));
    }

    private static ValidateOptionsResult Validate(string environmentName, JwtOptions options)
    {
        var environment = Mock.Of<IHostEnvironment>(host => host.EnvironmentName == environmentName);
        return new JwtOptionsValidator(environment).Validate(null, options);
    }
}
