using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Identity;
using Moq;

namespace CleanBackend.Application.UnitTests.Identity.Mfa;

public class MfaCodeVerifierTests
{
    private static readonly Guid UserId = Guid.Parse("3c8d2a51-0e7f-4b6a-8d19-5f2e7a9c0b13");

    private MfaEnrolment _enrolment = null!;
    private Mock<ITotpAuthenticator> _totp = null!;
    private Mock<ISecurityEvents> _securityEvents = null!;
    private MfaCodeVerifier _verifier = null!;

    [SetUp]
    public void SetUp()
    {
        _enrolment = MfaEnrolment.Start(UserId, "protected", FakeClock.DefaultStart);
        _enrolment.Confirm(100, ["recovery-hash-1", "recovery-hash-2"], FakeClock.DefaultStart);
        _totp = new Mock<ITotpAuthenticator>();
        _totp.Setup(totp => totp.FindTimeStep("SECRET", "123456", It.IsAny<DateTimeOffset>())).Returns(101);
        _totp.Setup(totp => totp.FindTimeStep("SECRET", "654321", It.IsAny<DateTimeOffset>())).Returns(100);
        var secrets = new Mock<IMfaSecretProtector>();
        secrets.Setup(protector => protector.Unprotect(UserId, "protected")).Returns("SECRET");
        var mfaTokens = new Mock<IMfaTokens>();
        mfaTokens.Setup(tokens => tokens.HashRecoveryCode(It.IsAny<string>())).Returns((string code) => "recovery-hash-" + code);
        _securityEvents = new Mock<ISecurityEvents>();
        _verifier = new MfaCodeVerifier(_totp.Object, secrets.Object, mfaTokens.Object, _securityEvents.Object);
    }

    [Test]
    public void TryUse_ACodeOfALaterStep_IsAcceptedOnce()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_verifier.TryUse(_enrolment, "123456", FakeClock.DefaultStart), Is.True);
            Assert.That(_verifier.TryUse(_enrolment, "123456", FakeClock.DefaultStart), Is.False);
        }
    }

    [Test]
    public void TryUse_ACodeOfTheConfirmingStep_IsRefused() =>
        Assert.That(_verifier.TryUse(_enrolment, "654321", FakeClock.DefaultStart), Is.False);

    [Test]
    public void TryUse_ARecoveryCode_IsAcceptedOnceAndRecordedWithTheCodesLeft()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_verifier.TryUse(_enrolment, "1", FakeClock.DefaultStart), Is.True);
            Assert.That(_verifier.TryUse(_enrolment, "1", FakeClock.DefaultStart), Is.False);
        }

        _securityEvents.Verify(
            events => events.Record(SecurityEventNames.RecoveryCodeUsed, UserId, It.Is<object>(details => details.ToString()!.Contains("recoveryCodesLeft = 1"))),
            Times.Once);
    }

    [Test]
    public void TryUse_NeitherATotpNorARecoveryCode_IsRefusedWithoutAnEvent()
    {
        Assert.That(_verifier.TryUse(_enrolment, "000000", FakeClock.DefaultStart), Is.False);

        _securityEvents.VerifyNoOtherCalls();
    }
}
