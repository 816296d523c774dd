using System.Text;
using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Infrastructure.Identity;
using Microsoft.Extensions.Options;
using OtpNet;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

public sealed class OtpNetTotpAuthenticatorTests
{
    // RFC 6238 appendix B: the SHA-1 key, and at T = 59 s the 8-digit code 94287082, whose last six digits apps show.
    private static readonly string RfcSecret = Base32Encoding.ToString(Encoding.ASCII.GetBytes("12345678901234567890"));
    private static readonly DateTimeOffset RfcTime = DateTimeOffset.FromUnixTimeSeconds(59);

    private readonly OtpNetTotpAuthenticator _totp = new(Options.Create(new MfaOptions { Issuer = "Clean Backend" }));

    [Test]
    public void FindTimeStep_TheRfcTestVector_IsItsStep() =>
        Assert.That(_totp.FindTimeStep(RfcSecret, "287082", RfcTime), Is.EqualTo(1));

    [TestCase(-30, 0)]
    [TestCase(30, 2)]
    public void FindTimeStep_OneStepOfClockDrift_IsAccepted(int seconds, long expectedStep) =>
        Assert.That(_totp.FindTimeStep(RfcSecret, "287082", RfcTime.AddSeconds(-seconds)), Is.EqualTo(1), $"server at step {expectedStep}");

    [TestCase("287082", 90, TestName = "FindTimeStep_TwoStepsLate_IsRefused")]
    [TestCase("287083", 0, TestName = "FindTimeStep_AWrongCode_IsRefused")]
    [TestCase("28708", 0, TestName = "FindTimeStep_TooShort_IsRefused")]
    [TestCase("28708x", 0, TestName = "FindTimeStep_NotDigits_IsRefused")]
    public void FindTimeStep_Refused(string code, int laterSeconds) =>
        Assert.That(_totp.FindTimeStep(RfcSecret, code, RfcTime.AddSeconds(laterSeconds)), Is.Null);

    [Test]
    public void GenerateSecret_Is160RandomBitsInBase32()
    {
        var first = _totp.GenerateSecret();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Base32Encoding.ToBytes(first), Has.Length.EqualTo(20));
            Assert.That(_totp.GenerateSecret(), Is.Not.EqualTo(first));
        }
    }

    [Test]
    public void BuildOtpauthUri_NamesTheIssuerAccountAndSecret()
    {
        var uri = _totp.BuildOtpauthUri("JBSWY3DPEHPK3PXP", "alice@example.com");

        Assert.That(uri, Does.StartWith("otpauth://totp/").And.Contain("secret=JBSWY3DPEHPK3PXP").And.Contain("issuer=Clean%20Backend").And.Contain("alice%40example.com"));
    }
}
