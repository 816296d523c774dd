using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Abstractions;

public interface IRefreshTokenRepository
{
    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<RefreshToken>> ListFamilyAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>The user's tokens that are neither revoked nor expired at <paramref name="now"/>, tracked for changes.</summary>
    Task<IReadOnlyList<RefreshToken>> ListActiveForUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);

    void Add(RefreshToken refreshToken);
}
