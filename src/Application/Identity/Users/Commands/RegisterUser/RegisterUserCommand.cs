using System.Text;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.RegisterUser;

public sealed record RegisterUserCommand : ICommand<UserDto>
{
    public string? Username { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Username = {Username}, Email = {Email}, Password = ***");
        return true;
    }
}
