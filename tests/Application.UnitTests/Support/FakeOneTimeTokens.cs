using CleanBackend.Application.Identity.Abstractions;

namespace CleanBackend.Application.UnitTests.Support;

/// <summary>Tokens "token-1", "token-2", … whose hash is the token with a "hash-of-" prefix, so a test can present one and find the other.</summary>
internal sealed class FakeOneTimeTokens : IOneTimeTokens
{
    public int Created { get; private set; }

    public OneTimeTokenSecret Create()
    {
        Created++;
        var value = $"token-{Created}";
        return new OneTimeTokenSecret(value, Hash(value));
    }

    public string Hash(string token) => $"hash-of-{token}";
}
