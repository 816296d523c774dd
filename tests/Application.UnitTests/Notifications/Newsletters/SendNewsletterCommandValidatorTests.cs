using CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.UnitTests.Notifications.Newsletters;

public class SendNewsletterCommandValidatorTests
{
    private readonly SendNewsletterCommandValidator _validator = new();

    [Test]
    public void Validate_AllFieldsPresent_HasNoErrors()
    {
        var command = new SendNewsletterCommand { Subject = "News", HtmlBody = "<p>Hello</p>", TextBody = "Hello" };

        Assert.That(ValidationErrors.Of(_validator, command), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_EveryFieldBlank_NamesEachField(string? blank)
    {
        var errors = ValidationErrors.Of(_validator, new SendNewsletterCommand { Subject = blank, HtmlBody = blank, TextBody = blank });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["subject"] = ["can't be blank"],
            ["htmlBody"] = ["can't be blank"],
            ["textBody"] = ["can't be blank"],
        }));
    }

    [Test]
    public void Validate_TooLongFields_AreTooLong()
    {
        var body = new string('x', NewsletterRules.BodyMaxLength + 1);
        var command = new SendNewsletterCommand { Subject = new string('s', NewsletterRules.SubjectMaxLength + 1), HtmlBody = body, TextBody = body };

        Assert.That(ValidationErrors.Of(_validator, command), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["subject"] = ["is too long (maximum is 200 characters)"],
            ["htmlBody"] = ["is too long (maximum is 200000 characters)"],
            ["textBody"] = ["is too long (maximum is 200000 characters)"],
        }));
    }

    [TestCase("News\r\nBcc: everyone@example.com")]
    [TestCase("Two\nlines")]
    public void Validate_SubjectOnSeveralLines_IsRefused(string subject)
    {
        var errors = ValidationErrors.Of(_validator, new SendNewsletterCommand { Subject = subject, HtmlBody = "<p>x</p>", TextBody = "x" });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["subject"] = ["must be a single line"] }));
    }
}
