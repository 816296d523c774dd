using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Notifications;
using FluentValidation;

namespace CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;

public sealed class SendNewsletterCommandValidator : AbstractValidator<SendNewsletterCommand>
{
    public SendNewsletterCommandValidator()
    {
        RuleFor(command => command.Subject)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.Blank)
            .Must(subject => !string.IsNullOrWhiteSpace(subject)).WithMessage(ValidationMessages.Blank)
            .MaximumLength(NewsletterRules.SubjectMaxLength).WithMessage(ValidationMessages.TooLong(NewsletterRules.SubjectMaxLength))
            .Must(subject => !subject!.Contains('\r') && !subject.Contains('\n')).WithMessage("must be a single line")
            .OverridePropertyName("subject");
        RuleFor(command => command.HtmlBody).ValidBody().OverridePropertyName("htmlBody");
        RuleFor(command => command.TextBody).ValidBody().OverridePropertyName("textBody");
    }
}
