namespace CleanBackend.Application.Identity.Contracts;

/// <summary>What other modules may ask Identity about its users.</summary>
public interface IUserDirectory
{
    /// <summary>The id of the user with this username (compared without regard to case), or null.</summary>
    Task<Guid?> FindUserIdAsync(string username, CancellationToken cancellationToken);
}
