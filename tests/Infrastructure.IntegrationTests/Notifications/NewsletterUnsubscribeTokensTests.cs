using CleanBackend.Application.Notifications.Newsletters;
using CleanBackend.Infrastructure.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests.Notifications;

public sealed class NewsletterUnsubscribeTokensTests
{
    private const string Key = "integration-tests-unsubscribe-key-of-32-bytes-or-more";
    private static readonly Guid UserId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");

    private readonly NewsletterUnsubscribeTokens _tokens = Tokens(Key);

    [Test]
    public void TryRead_ATokenItCreated_GivesTheUserBack()
    {
        var read = _tokens.TryRead(_tokens.Create(UserId), out var userId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read, Is.True);
            Assert.That(userId, Is.EqualTo(UserId));
        }
    }

    [Test]
    public void TryRead_EverySingleCharacterEdit_IsRefused()
    {
        var token = _tokens.Create(UserId);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        var accepted = Enumerable.Range(0, token.Length)
            .Select(position => token[..position] + alphabet[(alphabet.IndexOf(token[position]) + 1) % alphabet.Length] + token[(position + 1)..])
            .Where(edited => _tokens.TryRead(edited, out _))
            .ToList();

        Assert.That(accepted, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not-a-token")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void TryRead_Garbage_IsRefused(string? token)
    {
        Assert.That(_tokens.TryRead(token, out _), Is.False);
    }

    [Test]
    public void TryRead_ATokenSignedWithAnotherKey_IsRefused()
    {
        var forged = Tokens("another-key-that-is-also-32-bytes-or-longer").Create(UserId);

        Assert.That(_tokens.TryRead(forged, out _), Is.False);
    }

    [Test]
    public void TryRead_ATokenCutShortOrExtended_IsRefused()
    {
        var token = _tokens.Create(UserId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_tokens.TryRead(token[..^1], out _), Is.False);
            Assert.That(_tokens.TryRead(token + "A", out _), Is.False);
        }
    }

    // The key's rule itself is covered by SigningKeyRuleTests; these check that the validator applies it to its setting.
    [TestCase("Production", NewsletterOptions.DevelopmentUnsubscribeSigningKey, "Newsletters:UnsubscribeSigningKey is the development key")]
    [TestCase("Production", "short", "Newsletters:UnsubscribeSigningKey must be at least 32 bytes")]
    [TestCase("Development", "", "Newsletters:UnsubscribeSigningKey must be at least 32 bytes")]
    public void Validator_RefusesWeakKeys(string environment, string key, string expected)
    {
        var result = Validate(environment, key);

        Assert.That(result.FailureMessage, Does.Contain(expected));
    }

    [TestCase("Development", NewsletterOptions.DevelopmentUnsubscribeSigningKey)]
    [TestCase("Production", Key)]
    public void Validator_AcceptsStrongKeysAndTheDevelopmentKeyInDevelopment(string environment, string key)
    {
        Assert.That(Validate(environment, key).Succeeded, Is.True);
    }

    private static ValidateOptionsResult Validate(string environment, string key) =>
        new UnsubscribeSigningKeyValidator(Mock.Of<IHostEnvironment>(host => host.EnvironmentName == environment))
            .Validate(null, new NewsletterOptions { UnsubscribeSigningKey = key });

    private static NewsletterUnsubscribeTokens Tokens(string key) =>
        new(Options.Create(new NewsletterOptions { UnsubscribeSigningKey = key }));
}
