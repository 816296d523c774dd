namespace CleanBackend.Application.Identity.Abstractions;

/// <summary>Random tokens for mailed links (password reset, e-mail verification): the value goes into the mail, only its SHA-256 hash is stored.</summary>
public interface IOneTimeTokens
{
    OneTimeTokenSecret Create();

    string Hash(string token);
}
