using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Notifications;
using FluentValidation;

namespace CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;

internal static class NewsletterBodyRules
{
    public static IRuleBuilderOptions<T, string?> ValidBody<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage(ValidationMessages.Blank)
            .MaximumLength(NewsletterRules.BodyMaxLength).WithMessage(ValidationMessages.TooLong(NewsletterRules.BodyMaxLength));
}
