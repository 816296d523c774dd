using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.LoginUser;

public sealed record LoginUserCommand : ICommand<AuthenticatedUserDto>
{
    public string? Email { get; init; }

    public string? Password { get; init; }
}
