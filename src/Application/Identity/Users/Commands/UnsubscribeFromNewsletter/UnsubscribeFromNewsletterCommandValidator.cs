using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Identity.Users.Commands.UnsubscribeFromNewsletter;

public sealed class UnsubscribeFromNewsletterCommandValidator : AbstractValidator<UnsubscribeFromNewsletterCommand>
{
    public UnsubscribeFromNewsletterCommandValidator(INewsletterUnsubscribeTokens tokens)
    {
        RuleFor(command => command.Token)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .Must(token => tokens.TryRead(token, out _)).WithMessage(ValidationMessages.Invalid)
            .OverridePropertyName("token");
    }
}
