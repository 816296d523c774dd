using System.Text;
using CleanBackend.Application.Identity.Users;
using MediatR;

namespace CleanBackend.Application.Identity.Mfa.Commands.CompleteMfaLogin;

/// <summary>
/// Completes the login of a user with a second factor: the challenge token the password login answered with, and
/// a TOTP code (or a recovery code). Deliberately not an <c>ICommand</c>, for the reason login is not one: a wrong
/// code must leave its count in the lockout while the request answers 401.
/// </summary>
public sealed record CompleteMfaLoginCommand : IRequest<AuthenticatedUserDto>
{
    public string? MfaToken { get; init; }

    public string? Code { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secrets.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("MfaToken = ***, Code = ***");
        return true;
    }
}
