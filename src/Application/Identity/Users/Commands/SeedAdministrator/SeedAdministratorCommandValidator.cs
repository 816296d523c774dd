using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;

public sealed class SeedAdministratorCommandValidator : AbstractValidator<SeedAdministratorCommand>
{
    public SeedAdministratorCommandValidator()
    {
        RuleFor(command => command.Username).ValidUsername();
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).ValidPassword();
    }
}
