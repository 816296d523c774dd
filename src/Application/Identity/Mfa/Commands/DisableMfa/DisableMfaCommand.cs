using System.Text;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.Identity.Mfa.Commands.DisableMfa;

/// <summary>
/// Turns the caller's second factor off, proven with a current TOTP code or an unused recovery code. Deliberately
/// not an <c>ICommand</c>: like login, a wrong code must leave its count in the lockout while the request fails,
/// which a transaction rolled back by the failure would undo. The removal and its audit entry are saved together.
/// </summary>
[Authorize]
public sealed record DisableMfaCommand : IRequest<Unit>
{
    public string? Code { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Code = ***");
        return true;
    }
}
