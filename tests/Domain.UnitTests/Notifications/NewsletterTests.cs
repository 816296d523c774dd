using CleanBackend.Domain.Common;
using CleanBackend.Domain.Notifications;
using CleanBackend.Domain.Notifications.Events;

namespace CleanBackend.Domain.UnitTests.Notifications;

public class NewsletterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Admin = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");

    [Test]
    public void Queue_StartsQueuedWithNoCountsAndAnnouncesItself()
    {
        var newsletter = Newsletter.Queue(" Weekly ", "<p>Hi</p>", "Hi", Admin, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(newsletter.State, Is.EqualTo(NewsletterState.Queued));
            Assert.That(newsletter.Subject, Is.EqualTo("Weekly"));
            Assert.That((newsletter.Total, newsletter.Sent, newsletter.Failed), Is.EqualTo((0, 0, 0)));
            Assert.That(newsletter.CreatedAt, Is.EqualTo(Now));
            Assert.That(newsletter.StartedAt, Is.Null);
            Assert.That(newsletter.DomainEvents, Is.EqualTo(new[] { new NewsletterQueued(newsletter.Id, Now) }));
        }
    }

    [TestCase("", "<p>x</p>", "x")]
    [TestCase("Subject", " ", "x")]
    [TestCase("Subject", "<p>x</p>", "")]
    public void Queue_BlankField_IsRefused(string subject, string html, string text)
    {
        Assert.That(() => Newsletter.Queue(subject, html, text, Admin, Now), Throws.TypeOf<DomainRuleViolationException>());
    }

    [TestCase("Weekly\r\nBcc: everyone@example.com")]
    [TestCase("Weekly\n")]
    public void Queue_MultiLineSubject_IsRefusedForTheSubject(string subject)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => Newsletter.Queue(subject, "<p>x</p>", "x", Admin, Now));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("subject"));
            Assert.That(exception.Rule, Is.EqualTo(NewsletterRules.MultiLineSubject));
        }
    }

    [Test]
    public void Queue_SubjectAtTheLimit_IsAccepted()
    {
        var subject = new string('s', NewsletterRules.SubjectMaxLength);

        Assert.That(Newsletter.Queue(subject, "<p>x</p>", "x", Admin, Now).Subject, Is.EqualTo(subject));
    }

    [Test]
    public void Queue_SubjectOneOverTheLimit_IsRefusedAsTooLong()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(
            () => Newsletter.Queue(new string('s', NewsletterRules.SubjectMaxLength + 1), "<p>x</p>", "x", Admin, Now));

        Assert.That(exception.Rule, Is.EqualTo("is too long (maximum is 200 characters)"));
    }

    [TestCase(true, "htmlBody")]
    [TestCase(false, "textBody")]
    public void Queue_BodyOneOverTheLimit_IsRefusedForThatBody(bool html, string field)
    {
        var tooLong = new string('x', NewsletterRules.BodyMaxLength + 1);

        var exception = Assert.Throws<DomainRuleViolationException>(
            () => Newsletter.Queue("Weekly", html ? tooLong : "<p>x</p>", html ? "x" : tooLong, Admin, Now));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo(field));
            Assert.That(exception.Rule, Is.EqualTo(ValidationMessages.TooLong(NewsletterRules.BodyMaxLength)));
        }
    }

    [Test]
    public void SubjectProblemWith_BlankSubject_IsBlankBeforeAnythingElse()
    {
        Assert.That(NewsletterRules.SubjectProblemWith(" \r\n "), Is.EqualTo(ValidationMessages.Blank));
    }

    [Test]
    public void SetRecipientCount_Negative_IsRefused()
    {
        var newsletter = Newsletter.Queue("Weekly", "<p>Hi</p>", "Hi", Admin, Now);

        Assert.That(() => newsletter.SetRecipientCount(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
