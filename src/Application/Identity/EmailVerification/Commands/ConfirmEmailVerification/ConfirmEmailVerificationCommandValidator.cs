using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.EmailVerification.Commands.ConfirmEmailVerification;

public sealed class ConfirmEmailVerificationCommandValidator : AbstractValidator<ConfirmEmailVerificationCommand>
{
    public ConfirmEmailVerificationCommandValidator()
    {
        RuleFor(command => command.Token).NotEmpty().WithMessage(ValidationMessages.Blank);
    }
}
