using CleanBackend.Application.Identity.Users;
using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.PasswordReset.Commands.ConfirmPasswordReset;

public sealed class ConfirmPasswordResetCommandValidator : AbstractValidator<ConfirmPasswordResetCommand>
{
    public ConfirmPasswordResetCommandValidator()
    {
        RuleFor(command => command.Token).NotEmpty().WithMessage(ValidationMessages.Blank);
        RuleFor(command => command.Password).ValidPassword();
    }
}
