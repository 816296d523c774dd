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

    [Test]
    public void SetRecipientCount_Negative_IsRefused()
    {
        var newsletter = Newsletter.Queue("Weekly", "<p>Hi</p>", "Hi", Admin, Now);

        Assert.That(() => newsletter.SetRecipientCount(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
