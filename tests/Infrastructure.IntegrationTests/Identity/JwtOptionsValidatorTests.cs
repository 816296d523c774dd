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

    // The key's rule itself is covered by SigningKeyRuleTests; these check that the validator applies it to Jwt:SigningKey.
    [Test]
    public void Validate_AKeyOneByteTooShort_FailsNamingTheSetting()
    {
        var result = Validate(Environments.Development, new JwtOptions { SigningKey = MinimumLengthKey[1..] });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Jwt:SigningKey must be at least 32 bytes"));
    }

    [Test]
    public void Validate_TheDevelopmentKeyInProduction_Fails()
    {
        var result = Validate(Environments.Production, new JwtOptions { SigningKey = JwtOptions.DevelopmentSigningKey });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Jwt:SigningKey is the development key"));
    }

    [Test]
    public void Validate_TheDevelopmentKeyInDevelopment_Succeeds()
    {
        var result = Validate(Environments.Development, new JwtOptions { SigningKey = JwtOptions.DevelopmentSigningKey });

        Assert.That(result.Succeeded, Is.True, () => result.FailureMessage ?? string.Empty);
    }

    [Test]
    public void Validate_AShortKeyAndABlankIssuer_ReportsBoth()
    {
        var result = Validate(Environments.Production, new JwtOptions { SigningKey = "short", Issuer = " " });

        Assert.That(result.Failures, Is.EqualTo(new[] { "Jwt:SigningKey must be at least 32 bytes.", "Jwt:Issuer and Jwt:Audience are required." }));
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
