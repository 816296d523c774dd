namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>Keeps TOTP secrets encrypted at rest; a protected secret only opens for the user it was protected for.</summary>
public interface IMfaSecretProtector
{
    string Protect(Guid userId, string secret);

    string Unprotect(Guid userId, string protectedSecret);
}
