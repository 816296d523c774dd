using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Mfa.Commands.CompleteMfaLogin;

public sealed class CompleteMfaLoginCommandValidator : AbstractValidator<CompleteMfaLoginCommand>
{
    public CompleteMfaLoginCommandValidator()
    {
        RuleFor(command => command.MfaToken).NotEmpty().WithMessage(ValidationMessages.Blank);
        RuleFor(command => command.Code).NotEmpty().WithMessage(ValidationMessages.Blank)
            .MaximumLength(MfaCodes.MaxLength).WithMessage(ValidationMessages.Invalid);
    }
}
