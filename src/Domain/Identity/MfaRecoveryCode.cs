namespace CleanBackend.Domain.Identity;

/// <summary>One of the codes that stand in for the authenticator once each; only the hash is kept.</summary>
public sealed class MfaRecoveryCode
{
    private MfaRecoveryCode()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string CodeHash { get; private set; } = string.Empty;

    public DateTimeOffset? UsedAt { get; private set; }

    internal static MfaRecoveryCode Issue(Guid userId, string codeHash) =>
        new() { Id = Guid.NewGuid(), UserId = userId, CodeHash = codeHash };

    internal void MarkUsed(DateTimeOffset now) => UsedAt = now;
}
