using System.Text;
using CleanBackend.Application.Common.Messaging;
using MediatR;

namespace CleanBackend.Application.Identity.PasswordReset.Commands.ConfirmPasswordReset;

/// <summary>Sets a new password with the token of a reset link; every session of the account ends.</summary>
public sealed record ConfirmPasswordResetCommand : ICommand<Unit>
{
    public string? Token { get; init; }

    public string? Password { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secrets.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Token = ***, Password = ***");
        return true;
    }
}
