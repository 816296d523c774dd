using System.Security.Cryptography;
using CleanBackend.Application.Identity.Abstractions;

namespace CleanBackend.Infrastructure.Identity;

internal sealed class MfaTokens : IMfaTokens
{
    private const int ChallengeTokenBytes = 32;

    // Crockford's base32 without the letters people misread (I, L, O, U): 16 characters carry 80 random bits.
    private const string RecoveryCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RecoveryCodeLength = 16;
    private const int RecoveryCodeGroup = 4;

    public HashedSecret CreateChallengeToken()
    {
        var value = OpaqueTokens.NewValue(ChallengeTokenBytes);
        return new HashedSecret(value, HashChallengeToken(value));
    }

    public string HashChallengeToken(string challengeToken) => OpaqueTokens.Hash(challengeToken);

    public IReadOnlyList<HashedSecret> CreateRecoveryCodes(int count) =>
        Enumerable.Range(0, count).Select(_ =>
        {
            var code = RandomNumberGenerator.GetString(RecoveryCodeAlphabet, RecoveryCodeLength);
            var readable = string.Join('-', code.Chunk(RecoveryCodeGroup).Select(group => new string(group)));
            return new HashedSecret(readable, HashRecoveryCode(readable));
        }).ToList();

    public string HashRecoveryCode(string recoveryCode) => OpaqueTokens.Hash(Normalize(recoveryCode));

    private static string Normalize(string recoveryCode) =>
        new(recoveryCode.Where(character => character is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
}
