using CleanBackend.Application.Identity.Abstractions;

namespace CleanBackend.Infrastructure.Identity;

internal sealed class OneTimeTokens : IOneTimeTokens
{
    private const int TokenBytes = 32;

    public OneTimeTokenSecret Create()
    {
        var value = OpaqueTokens.NewValue(TokenBytes);
        return new OneTimeTokenSecret(value, OpaqueTokens.Hash(value));
    }

    public string Hash(string token) => OpaqueTokens.Hash(token);
}
