using CleanBackend.Application.Common.Messaging;
using MediatR;

namespace CleanBackend.Application.Identity.PasswordReset.Commands.RequestPasswordReset;

/// <summary>Asks for a reset link to be mailed to <see cref="Email"/>; answered alike whether or not an account has it.</summary>
public sealed record RequestPasswordResetCommand : ICommand<Unit>
{
    public string? Email { get; init; }
}
