namespace CleanBackend.Application.Identity.Mfa;

/// <summary>The recovery codes, shown this once: only their hashes are kept.</summary>
public sealed record MfaRecoveryCodesDto
{
    public IReadOnlyList<string> RecoveryCodes { get; init; } = [];
}
