using CleanBackend.Application.Common.Validation;
using CleanBackend.Domain.Notifications;
using FluentValidation;

namespace CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;

public sealed class SendNewsletterCommandValidator : AbstractValidator<SendNewsletterCommand>
{
    public SendNewsletterCommandValidator()
    {
        RuleFor(command => command.Subject).Satisfies(NewsletterRules.SubjectProblemWith).OverridePropertyName("subject");
        RuleFor(command => command.HtmlBody).Satisfies(NewsletterRules.Body.ProblemWith).OverridePropertyName("htmlBody");
        RuleFor(command => command.TextBody).Satisfies(NewsletterRules.Body.ProblemWith).OverridePropertyName("textBody");
    }
}
