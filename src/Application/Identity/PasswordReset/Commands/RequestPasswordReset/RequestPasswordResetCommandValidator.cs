using CleanBackend.Application.Identity.Users;
using FluentValidation;

namespace CleanBackend.Application.Identity.PasswordReset.Commands.RequestPasswordReset;

public sealed class RequestPasswordResetCommandValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetCommandValidator()
    {
        RuleFor(command => command.Email).ValidEmail();
    }
}
