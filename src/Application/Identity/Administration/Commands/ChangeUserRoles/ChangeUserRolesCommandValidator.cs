using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using FluentValidation;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;

public sealed class ChangeUserRolesCommandValidator : AbstractValidator<ChangeUserRolesCommand>
{
    public ChangeUserRolesCommandValidator()
    {
        RuleFor(command => command.Roles).NotNull().WithMessage(ValidationMessages.Blank);
        RuleForEach(command => command.Roles)
            .Must(RoleName.IsRole)
            .WithMessage(RoleName.NotARole);
    }
}
