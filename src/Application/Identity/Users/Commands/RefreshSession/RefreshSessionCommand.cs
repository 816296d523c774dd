using System.Text;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.RefreshSession;

/// <summary>
/// Rotates a refresh token. Deliberately not an <c>ICommand</c>: when a rotated token is replayed the
/// handler must persist the revocation of the whole family and still fail, which a transaction
/// rolled back by the failure would undo. Each of its saves is atomic on its own.
/// </summary>
public sealed record RefreshSessionCommand : IRequest<AuthenticatedUserDto>
{
    public string? RefreshToken { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"RefreshToken = ***");
        return true;
    }
}
