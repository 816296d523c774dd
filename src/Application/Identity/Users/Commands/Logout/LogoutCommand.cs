using CleanBackend.Application.Common.Messaging;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.Logout;

/// <summary>Ends the session the refresh token belongs to; holding the token is the proof needed.</summary>
public sealed record LogoutCommand : ICommand<Unit>
{
    public string? RefreshToken { get; init; }
}
