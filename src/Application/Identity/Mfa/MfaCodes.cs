namespace CleanBackend.Application.Identity.Mfa;

/// <summary>What the second-factor endpoints answer about a code.</summary>
public static class MfaCodes
{
    public const string Field = "code";

    /// <summary>Longest code accepted: a recovery code with its dashes (and some room for spaces).</summary>
    public const int MaxLength = 32;
}
