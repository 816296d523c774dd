using CleanBackend.Application.Identity.Abstractions;

namespace CleanBackend.Application.Identity.Users;

internal static class RefreshTokenRepositoryExtensions
{
    /// <summary>Revokes every token rotated from the same login; the changes are saved with the unit of work.</summary>
    public static async Task RevokeFamilyAsync(
        this IRefreshTokenRepository refreshTokens,
        Guid familyId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var token in await refreshTokens.ListFamilyAsync(familyId, cancellationToken))
        {
            token.Revoke(now);
        }
    }

    /// <summary>Revokes every live token of the user, whatever login it came from; returns how many.</summary>
    public static async Task<int> RevokeAllOfUserAsync(
        this IRefreshTokenRepository refreshTokens,
        Guid userId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var active = await refreshTokens.ListActiveForUserAsync(userId, now, cancellationToken);
        foreach (var token in active)
        {
            token.Revoke(now);
        }

        return active.Count;
    }
}
