namespace CleanBackend.Application.Identity.Abstractions;

public interface IPasswordHasher
{
    /// <summary>
    /// A hash, made with the current parameters, that no password a caller sends will match: a login for an
    /// unknown e-mail is verified against it, so it costs what a wrong password for a known one does.
    /// </summary>
    string UnmatchableHash { get; }

    string Hash(string password);

    PasswordCheck Verify(string passwordHash, string password);
}
