using CleanBackend.Application.Identity.Abstractions;

namespace CleanBackend.Infrastructure.Identity;

internal sealed class OneTimeTokens : IOneTimeTokens
{
    public OneTimeTokenSecret Create()
    {
        var (value, hash) = OpaqueTokens.Create();
        return new OneTimeTokenSecret(value, hash);
    }

    public string Hash(string token) => OpaqueTokens.Hash(token);
}
