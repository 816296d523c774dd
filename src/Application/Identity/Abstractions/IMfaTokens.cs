namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>The random secrets of the second factor that are kept only as hashes: login challenges and recovery codes.</summary>
public interface IMfaTokens
{
    /// <summary>A new login challenge token: the value goes to the client, only the hash is stored.</summary>
    HashedSecret CreateChallengeToken();

    string HashChallengeToken(string challengeToken);

    /// <summary><paramref name="count"/> new recovery codes, readable for a person (<c>xxxx-xxxx-xxxx-xxxx</c>).</summary>
    IReadOnlyList<HashedSecret> CreateRecoveryCodes(int count);

    /// <summary>The hash of a recovery code as the user typed it: case, spaces and dashes do not matter.</summary>
    string HashRecoveryCode(string recoveryCode);
}
