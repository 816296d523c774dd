using CleanBackend.Application.Identity.Abstractions;
using Microsoft.AspNetCore.DataProtection;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>
/// TOTP secrets encrypted with ASP.NET Data Protection (authenticated encryption, keys rotated and shared through
/// the database). The user's id is part of the purpose, so a protected secret copied onto another user's row does
/// not open.
/// </summary>
internal sealed class DataProtectionMfaSecretProtector(IDataProtectionProvider provider) : IMfaSecretProtector
{
    private const string Purpose = "CleanBackend.Identity.Mfa.TotpSecret.v1";

    public string Protect(Guid userId, string secret) => ProtectorFor(userId).Protect(secret);

    public string Unprotect(Guid userId, string protectedSecret) => ProtectorFor(userId).Unprotect(protectedSecret);

    private IDataProtector ProtectorFor(Guid userId) => provider.CreateProtector(Purpose, userId.ToString("N"));
}
