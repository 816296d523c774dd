using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Abstractions;

public interface IUserRepository
{
    Task<User?> FindByIdAsync(Guid userId, CancellationToken cancellationToken);

    Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<bool> IsUsernameTakenAsync(string username, Guid? exceptUserId, CancellationToken cancellationToken);

    Task<bool> IsEmailTakenAsync(string email, Guid? exceptUserId, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="usernames"/> are taken (compared case-insensitively); returned as given.</summary>
    Task<IReadOnlySet<string>> FindTakenUsernamesAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken);

    void Add(User user);
}
