using CleanBackend.Application.Common.Models;
using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.RefreshSession;

public sealed class RefreshSessionCommandValidator : AbstractValidator<RefreshSessionCommand>
{
    public RefreshSessionCommandValidator()
    {
        RuleFor(command => command.RefreshToken).NotEmpty().WithMessage(ValidationMessages.Blank);
    }
}
