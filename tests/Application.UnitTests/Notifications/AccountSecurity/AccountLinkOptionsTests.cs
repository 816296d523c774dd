using CleanBackend.Application.Notifications.AccountSecurity;

namespace CleanBackend.Application.UnitTests.Notifications.AccountSecurity;

public class AccountLinkOptionsTests
{
    private static readonly AccountLinkOptions Links = new()
    {
        PasswordResetUrl = "https://app.example.test/reset-password",
        EmailVerificationUrl = "https://app.example.test/verify-email",
    };

    [Test]
    public void PasswordResetLink_UrlWithoutQuery_StartsTheQueryWithTheToken()
    {
        Assert.That(Links.PasswordResetLink("abc-_123"), Is.EqualTo("https://app.example.test/reset-password?token=abc-_123"));
    }

    [Test]
    public void EmailVerificationLink_UrlWithoutQuery_StartsTheQueryWithTheToken()
    {
        Assert.That(Links.EmailVerificationLink("abc-_123"), Is.EqualTo("https://app.example.test/verify-email?token=abc-_123"));
    }

    [Test]
    public void PasswordResetLink_UrlWithAQuery_AppendsTheTokenAsAnotherParameter()
    {
        var links = new AccountLinkOptions { PasswordResetUrl = "https://app.example.test/#/reset?lang=fr" };

        Assert.That(links.PasswordResetLink("abc"), Is.EqualTo("https://app.example.test/#/reset?lang=fr&token=abc"));
    }

    [Test]
    public void EmailVerificationLink_UrlWithAQuery_AppendsTheTokenAsAnotherParameter()
    {
        var links = new AccountLinkOptions { EmailVerificationUrl = "https://app.example.test/verify?from=mail" };

        Assert.That(links.EmailVerificationLink("abc"), Is.EqualTo("https://app.example.test/verify?from=mail&token=abc"));
    }

    [Test]
    public void PasswordResetLink_TokenWithReservedCharacters_IsEscaped()
    {
        // Only URL-safe tokens are made today; a '+' or '&' left raw would change the token the page posts back.
        Assert.That(Links.PasswordResetLink("a+b/c=&d"), Is.EqualTo("https://app.example.test/reset-password?token=a%2Bb%2Fc%3D%26d"));
    }

    [Test]
    public void IsValid_DefaultUrls_IsTrue()
    {
        Assert.That(new AccountLinkOptions().IsValid, Is.True);
    }

    [TestCase("/reset-password", "https://app.example.test/verify")]
    [TestCase("https://app.example.test/reset", "ftp://app.example.test/verify")]
    [TestCase("https://app.example.test/reset", "")]
    public void IsValid_AnUrlThatIsNotAbsoluteHttp_IsFalse(string passwordResetUrl, string emailVerificationUrl)
    {
        var links = new AccountLinkOptions { PasswordResetUrl = passwordResetUrl, EmailVerificationUrl = emailVerificationUrl };

        Assert.That(links.IsValid, Is.False);
    }
}
