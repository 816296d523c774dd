using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;

namespace CleanBackend.Application.Identity.Users;

internal static class UserRepositoryExtensions
{
    /// <summary>
    /// Fails with one conflict naming every taken field. The unique indexes still decide under a
    /// race; this check exists so that the usual case gets a complete answer.
    /// </summary>
    public static async Task EnsureAvailableAsync(
        this IUserRepository users,
        string? username,
        string? email,
        Guid? exceptUserId,
        CancellationToken cancellationToken)
    {
        var taken = new List<string>();
        if (username is not null && await users.IsUsernameTakenAsync(username, exceptUserId, cancellationToken))
        {
            taken.Add("username");
        }

        if (email is not null && await users.IsEmailTakenAsync(email, exceptUserId, cancellationToken))
        {
            taken.Add("email");
        }

        if (taken.Count > 0)
        {
            throw new ConflictException(taken);
        }
    }
}
