using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Mfa.Commands.ConfirmMfaEnrolment;

public sealed class ConfirmMfaEnrolmentCommandValidator : AbstractValidator<ConfirmMfaEnrolmentCommand>
{
    public ConfirmMfaEnrolmentCommandValidator()
    {
        RuleFor(command => command.Code).NotEmpty().WithMessage(ValidationMessages.Blank)
            .MaximumLength(MfaCodes.MaxLength).WithMessage(ValidationMessages.Invalid);
    }
}
