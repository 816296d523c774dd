using System.Security.Cryptography;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher; its format carries its own parameters, so they can be raised later.</summary>
internal sealed class AspNetPasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<User> _hasher = new();
    private readonly Lazy<string> _unmatchableHash;

    public AspNetPasswordHasher()
    {
        // The hash of a random secret thrown away at once: made by the same hasher, it costs the same to verify.
        _unmatchableHash = new Lazy<string>(() => Hash(Convert.ToHexString(RandomNumberGenerator.GetBytes(32))));
    }

    public string UnmatchableHash => _unmatchableHash.Value;

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public PasswordCheck Verify(string passwordHash, string password) =>
        _hasher.VerifyHashedPassword(null!, passwordHash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Succeeded,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
            _ => PasswordCheck.Failed,
        };
}
