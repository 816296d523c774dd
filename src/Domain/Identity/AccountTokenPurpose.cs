namespace CleanBackend.Domain.Identity;

/// <summary>What a mailed single-use token lets its holder do; a token of one purpose never serves the other.</summary>
public enum AccountTokenPurpose
{
    PasswordReset,
    EmailVerification,
}
