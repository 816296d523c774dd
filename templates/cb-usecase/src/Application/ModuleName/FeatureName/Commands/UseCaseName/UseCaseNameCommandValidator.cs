using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.ModuleName.FeatureName.Commands.UseCaseName;

public sealed class UseCaseNameCommandValidator : AbstractValidator<UseCaseNameCommand>
{
    public UseCaseNameCommandValidator()
    {
        RuleFor(command => command.Value).NotEmpty().WithMessage(ValidationMessages.Blank);
    }
}
