using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

public class MfaEnrolmentTests
{
    private static readonly Guid UserId = Guid.Parse("6a0e4f0c-3f1b-4d8e-9a51-2f7c1e0b9d42");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Start_IsPendingWithoutRecoveryCodes()
    {
        var enrolment = MfaEnrolment.Start(UserId, "protected", Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(enrolment.IsEnabled, Is.False);
            Assert.That(enrolment.RecoveryCodes, Is.Empty);
            Assert.That(enrolment.LastAcceptedTimeStep, Is.Null);
        }
    }

    [Test]
    public void Restart_WhilePending_ReplacesTheSecret()
    {
        var enrolment = MfaEnrolment.Start(UserId, "first", Now);

        enrolment.Restart("second", Now.AddMinutes(1));

        Assert.That(enrolment.ProtectedSecret, Is.EqualTo("second"));
    }

    [Test]
    public void Confirm_EnablesWithTheCodesAndUsesUpTheConfirmingStep()
    {
        var enrolment = MfaEnrolment.Start(UserId, "protected", Now);

        enrolment.Confirm(100, ["hash-1", "hash-2"], Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(enrolment.IsEnabled, Is.True);
            Assert.That(enrolment.RecoveryCodes.Select(code => code.CodeHash), Is.EqualTo(new[] { "hash-1", "hash-2" }));
            Assert.That(enrolment.TryAcceptTimeStep(100), Is.False);
        }
    }

    [Test]
    public void RestartOrConfirm_WhenEnabled_IsRefused()
    {
        var enrolment = Enabled();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => enrolment.Restart("other", Now), Throws.TypeOf<DomainRuleViolationException>().With.Property("Field").EqualTo("mfa"));
            Assert.That(() => enrolment.Confirm(200, [], Now), Throws.TypeOf<DomainRuleViolationException>().With.Property("Rule").EqualTo("is already enabled"));
        }
    }

    [TestCase(99, false, TestName = "TryAcceptTimeStep_AnEarlierStep_IsRefused")]
    [TestCase(100, false, TestName = "TryAcceptTimeStep_TheLastAcceptedStep_IsRefused")]
    [TestCase(101, true, TestName = "TryAcceptTimeStep_ALaterStep_IsAccepted")]
    public void TryAcceptTimeStep_AgainstTheLastAccepted(long timeStep, bool accepted)
    {
        var enrolment = Enabled();

        Assert.That(enrolment.TryAcceptTimeStep(timeStep), Is.EqualTo(accepted));
    }

    [Test]
    public void TryAcceptTimeStep_Accepted_BecomesTheLastAccepted()
    {
        var enrolment = Enabled();

        enrolment.TryAcceptTimeStep(105);

        Assert.That(enrolment.TryAcceptTimeStep(104), Is.False);
    }

    [Test]
    public void TryUseRecoveryCode_WorksOnceAndOnlyForAKnownHash()
    {
        var enrolment = Enabled();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(enrolment.TryUseRecoveryCode("unknown", Now), Is.False);
            Assert.That(enrolment.TryUseRecoveryCode("hash-1", Now), Is.True);
            Assert.That(enrolment.TryUseRecoveryCode("hash-1", Now), Is.False);
            Assert.That(enrolment.RecoveryCodes.Single(code => code.CodeHash == "hash-1").UsedAt, Is.EqualTo(Now));
        }
    }

    [Test]
    public void HasLiveChallenge_OnlyTheLatestUnexpiredAndUnendedChallenge()
    {
        var enrolment = Enabled();
        enrolment.IssueChallenge("old", Now.AddMinutes(5));
        enrolment.IssueChallenge("new", Now.AddMinutes(5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(enrolment.HasLiveChallenge("old", Now), Is.False);
            Assert.That(enrolment.HasLiveChallenge("new", Now), Is.True);
            Assert.That(enrolment.HasLiveChallenge("new", Now.AddMinutes(5)), Is.False);
        }

        enrolment.EndChallenge();
        Assert.That(enrolment.HasLiveChallenge("new", Now), Is.False);
    }

    private static MfaEnrolment Enabled()
    {
        var enrolment = MfaEnrolment.Start(UserId, "protected", Now);
        enrolment.Confirm(100, ["hash-1", "hash-2"], Now);
        return enrolment;
    }
}
