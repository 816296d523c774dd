using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.Logout;

public sealed class LogoutCommandValidator : AbstractValidator<LogoutCommand>
{
    public LogoutCommandValidator()
    {
        RuleFor(command => command.RefreshToken).NotEmpty().WithMessage(ValidationMessages.Blank);
    }
}
