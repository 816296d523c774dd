using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Social.Abstractions;

public interface IProfileReadService
{
    Task<ProfileDto?> FindAsync(string username, Guid? viewerId, CancellationToken cancellationToken);
}
