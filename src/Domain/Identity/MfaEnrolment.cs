using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity;

/// <summary>
/// A user's TOTP second factor (RFC 6238): the shared secret, kept only in its protected (encrypted) form, pending
/// until the user proves with a first code that his authenticator has it. Once enabled it also holds the one-time
/// recovery codes (hashed), the last time step a code was accepted for (a code is accepted once) and the login
/// challenge waiting for a second factor (hashed).
/// </summary>
public sealed class MfaEnrolment
{
    /// <summary>How many recovery codes a confirmed enrolment gets.</summary>
    public const int RecoveryCodeCount = 10;

    private readonly List<MfaRecoveryCode> _recoveryCodes = [];

    private MfaEnrolment()
    {
    }

    public Guid UserId { get; private set; }

    /// <summary>The base32 secret as the protector made it unreadable; never the secret itself.</summary>
    public string ProtectedSecret { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the first code confirmed the enrolment; null while pending.</summary>
    public DateTimeOffset? EnabledAt { get; private set; }

    /// <summary>The RFC 6238 time step of the last accepted code; codes of this step or earlier are refused.</summary>
    public long? LastAcceptedTimeStep { get; private set; }

    public string? ChallengeHash { get; private set; }

    public DateTimeOffset? ChallengeExpiresAt { get; private set; }

    public bool IsEnabled => EnabledAt is not null;

    public IReadOnlyCollection<MfaRecoveryCode> RecoveryCodes => _recoveryCodes;

    public static MfaEnrolment Start(Guid userId, string protectedSecret, DateTimeOffset now) =>
        new() { UserId = userId, ProtectedSecret = protectedSecret, CreatedAt = now };

    /// <summary>Asking again before confirming replaces the secret: only the newest QR code works.</summary>
    public void Restart(string protectedSecret, DateTimeOffset now)
    {
        EnsureNotEnabled();
        ProtectedSecret = protectedSecret;
        CreatedAt = now;
    }

    /// <summary>Enables the factor; <paramref name="timeStep"/> is the step of the confirming code, which is then used up.</summary>
    public void Confirm(long timeStep, IEnumerable<string> recoveryCodeHashes, DateTimeOffset now)
    {
        EnsureNotEnabled();
        EnabledAt = now;
        LastAcceptedTimeStep = timeStep;
        _recoveryCodes.AddRange(recoveryCodeHashes.Select(hash => MfaRecoveryCode.Issue(UserId, hash)));
    }

    /// <summary>Accepts a code of <paramref name="timeStep"/> unless a code of it (or of a later step) was accepted already.</summary>
    public bool TryAcceptTimeStep(long timeStep)
    {
        if (LastAcceptedTimeStep is { } last && timeStep <= last)
        {
            return false;
        }

        LastAcceptedTimeStep = timeStep;
        return true;
    }

    /// <summary>Uses up the unused recovery code with <paramref name="codeHash"/>; false when there is none.</summary>
    public bool TryUseRecoveryCode(string codeHash, DateTimeOffset now)
    {
        var unused = _recoveryCodes.FirstOrDefault(code => code.UsedAt is null && code.CodeHash == codeHash);
        unused?.MarkUsed(now);
        return unused is not null;
    }

    /// <summary>A password login waits for the second factor; a newer login replaces an older challenge.</summary>
    public void IssueChallenge(string challengeHash, DateTimeOffset expiresAt)
    {
        ChallengeHash = challengeHash;
        ChallengeExpiresAt = expiresAt;
    }

    public bool HasLiveChallenge(string challengeHash, DateTimeOffset now) =>
        ChallengeHash == challengeHash && now < ChallengeExpiresAt;

    /// <summary>A challenge serves one completed login.</summary>
    public void EndChallenge()
    {
        ChallengeHash = null;
        ChallengeExpiresAt = null;
    }

    private void EnsureNotEnabled()
    {
        if (IsEnabled)
        {
            throw new DomainRuleViolationException("mfa", "is already enabled");
        }
    }
}
