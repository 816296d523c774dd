using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.LoginUser;

public sealed class LoginUserCommandValidator : AbstractValidator<LoginUserCommand>
{
    public LoginUserCommandValidator()
    {
        RuleFor(command => command.Email).NotEmpty().WithMessage(ValidationMessages.Blank);
        RuleFor(command => command.Password).NotEmpty().WithMessage(ValidationMessages.Blank);
    }
}
