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
        CancellationToken cancellationToken) =>
        (await refreshTokens.EndSessionsOfUserAsync(userId, keptSessionId: null, now, cancellationToken)).Count;

    /// <summary>
    /// Ends the user's live sessions but <paramref name="keptSessionId"/> by revoking their live tokens (a family has
    /// one: rotation revokes the predecessor); returns the ids of the sessions ended.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> EndSessionsOfUserAsync(
        this IRefreshTokenRepository refreshTokens,
        Guid userId,
        Guid? keptSessionId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ended = new List<Guid>();
        foreach (var token in await refreshTokens.ListActiveForUserAsync(userId, now, cancellationToken))
        {
            if (token.FamilyId != keptSessionId)
            {
                token.Revoke(now);
                ended.Add(token.FamilyId);
            }
        }

        return ended.Distinct().ToList();
    }
}
