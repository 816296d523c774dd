using System.Text;
using CleanBackend.Application.Common.Messaging;
using MediatR;

namespace CleanBackend.Application.Identity.EmailVerification.Commands.ConfirmEmailVerification;

/// <summary>Proves the account's address with the token of a verification link; holding the token is the proof, no sign-in needed.</summary>
public sealed record ConfirmEmailVerificationCommand : ICommand<Unit>
{
    public string? Token { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Token = ***");
        return true;
    }
}
