using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Newsletters.Delivery;
using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.UnitTests.Notifications.Newsletters;

public class NewsletterMessagesTests
{
    private static readonly Guid NewsletterId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");
    private static readonly Guid UserId = Guid.Parse("01950f4e-0000-7000-8000-000000000001");
    private const string Url = "https://api.example.com/api/newsletters/unsubscribe?token=a&b";

    [Test]
    public void Compose_PutsTheUnsubscribeLinkInBothBodiesAndInListUnsubscribe()
    {
        var message = Compose("<html><body><p>Hi</p></body></html>", "Hi");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.To, Is.EqualTo("reader@example.com"));
            Assert.That(message.Subject, Is.EqualTo("News"));
            Assert.That(message.HtmlBody, Does.Contain("href=\"https://api.example.com/api/newsletters/unsubscribe?token=a&amp;b\""));
            Assert.That(message.HtmlBody, Does.EndWith("</p></body></html>"), "the footer goes inside the body");
            Assert.That(message.TextBody, Does.StartWith("Hi\n\n--\n").And.Contain(Url));
            Assert.That(message.Headers[NewsletterMessages.ListUnsubscribeHeader], Is.EqualTo($"<{Url}>"));
        }
    }

    [Test]
    public void Compose_HtmlWithoutBodyElement_GetsTheFooterAppended()
    {
        Assert.That(Compose("<p>Hi</p>", "Hi").HtmlBody, Does.StartWith("<p>Hi</p><p").And.Contain("Unsubscribe"));
    }

    [Test]
    public void Compose_MessageIdDependsOnlyOnNewsletterAndRecipient()
    {
        var first = Compose("<p>a</p>", "a");
        var again = Compose("<p>b</p>", "b");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.MessageId, Is.EqualTo($"newsletter.{NewsletterId:N}.{UserId:N}@mail.example.com"));
            Assert.That(again.MessageId, Is.EqualTo(first.MessageId));
            Assert.That(NewsletterMessages.MessageId(NewsletterId, Guid.NewGuid(), "mail.example.com"), Is.Not.EqualTo(first.MessageId));
        }
    }

    [TestCase("https://api.example.com")]
    [TestCase("https://api.example.com/")]
    public void UnsubscribeUrl_EscapesTheTokenAndJoinsTheBaseOnce(string baseUrl)
    {
        Assert.That(
            NewsletterMessages.UnsubscribeUrl(baseUrl, "ab+/="),
            Is.EqualTo("https://api.example.com/api/newsletters/unsubscribe?token=ab%2B%2F%3D"));
    }

    private static EmailMessage Compose(string html, string text) =>
        NewsletterMessages.Compose(
            new NewsletterContent(NewsletterId, "News", html, text, NewsletterState.Running),
            new ClaimedDelivery(7, UserId, "reader@example.com", 1),
            Url,
            "mail.example.com");
}
