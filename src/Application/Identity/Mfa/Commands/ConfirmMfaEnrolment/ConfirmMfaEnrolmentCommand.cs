using System.Text;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Identity.Mfa.Commands.ConfirmMfaEnrolment;

/// <summary>
/// Enables the caller's pending TOTP enrolment with a first code from his authenticator, and returns ten recovery
/// codes, shown this once. From then on a password login asks for a code too.
/// </summary>
[Authorize]
public sealed record ConfirmMfaEnrolmentCommand : ICommand<MfaRecoveryCodesDto>
{
    public string? Code { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Code = ***");
        return true;
    }
}
