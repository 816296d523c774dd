using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Identity;
using FluentValidation;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserRoles;

public sealed class ChangeUserRolesCommandValidator : AbstractValidator<ChangeUserRolesCommand>
{
    public ChangeUserRolesCommandValidator()
    {
        RuleFor(command => command.Roles).NotNull().WithMessage(ValidationMessages.Blank);
        RuleForEach(command => command.Roles)
            .Must(role => role is not null && RoleName.All.Contains(role, StringComparer.OrdinalIgnoreCase))
            .WithMessage("is not a role");
    }
}
