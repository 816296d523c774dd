using System.Text;
using CleanBackend.Application.Common.Messaging;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.Logout;

/// <summary>Ends the session the refresh token belongs to; holding the token is the proof needed.</summary>
public sealed record LogoutCommand : ICommand<Unit>
{
    public string? RefreshToken { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"RefreshToken = ***");
        return true;
    }
}
