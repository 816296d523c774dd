using System.Text;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.LoginUser;

/// <summary>
/// Logs in. Deliberately not an <c>ICommand</c>: the lockout counts the attempt before the password is checked
/// and a wrong password must leave that count behind while answering 401, which a transaction rolled back by the
/// failure would undo. Each of its writes is atomic on its own.
/// </summary>
public sealed record LoginUserCommand : IRequest<AuthenticatedUserDto>
{
    public string? Email { get; init; }

    public string? Password { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Email = {Email}, Password = ***");
        return true;
    }
}
