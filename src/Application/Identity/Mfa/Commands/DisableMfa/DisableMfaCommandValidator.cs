using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Mfa.Commands.DisableMfa;

public sealed class DisableMfaCommandValidator : AbstractValidator<DisableMfaCommand>
{
    public DisableMfaCommandValidator()
    {
        RuleFor(command => command.Code).NotEmpty().WithMessage(ValidationMessages.Blank)
            .MaximumLength(MfaCodes.MaxLength).WithMessage(ValidationMessages.Invalid);
    }
}
