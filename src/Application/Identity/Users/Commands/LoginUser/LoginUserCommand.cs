using System.Text;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.LoginUser;

public sealed record LoginUserCommand : ICommand<AuthenticatedUserDto>
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
