using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.RefreshSession;

public sealed class RefreshSessionCommandValidator : AbstractValidator<RefreshSessionCommand>
{
    public RefreshSessionCommandValidator()
    {
        RuleFor(command => command.RefreshToken).NotEmpty().WithMessage(ValidationMessages.Blank);
    }
}
