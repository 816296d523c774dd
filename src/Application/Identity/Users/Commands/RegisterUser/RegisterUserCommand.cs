using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.RegisterUser;

public sealed record RegisterUserCommand : ICommand<UserDto>
{
    public string? Username { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }
}
