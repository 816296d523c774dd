using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.SeedDemoUsers;

public sealed class SeedDemoUsersCommandValidator : AbstractValidator<SeedDemoUsersCommand>
{
    public SeedDemoUsersCommandValidator()
    {
        RuleFor(command => command.Count)
            .InclusiveBetween(1, SeedDemoUsersCommand.MaxCount).WithMessage($"must be between 1 and {SeedDemoUsersCommand.MaxCount}")
            .OverridePropertyName("users");
        RuleFor(command => command.Password).ValidPassword().OverridePropertyName("password");
    }
}
