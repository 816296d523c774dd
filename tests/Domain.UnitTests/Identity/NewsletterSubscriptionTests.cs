using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

public class NewsletterSubscriptionTests
{
    [Test]
    public void Register_SubscribesTheUser()
    {
        Assert.That(TestUsers.Register().ReceivesNewsletter, Is.True);
    }

    [Test]
    public void ChangeNewsletterSubscription_Off_TurnsItOffAndRaisesNoProfileEvent()
    {
        var user = TestUsers.Register();
        user.ClearDomainEvents();

        user.ChangeNewsletterSubscription(false, TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.ReceivesNewsletter, Is.False);
            Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.Later));
            Assert.That(user.DomainEvents, Is.Empty, "others see nothing of it");
        }
    }

    [Test]
    public void ChangeNewsletterSubscription_ToTheCurrentValue_ChangesNothing()
    {
        var user = TestUsers.Register();

        user.ChangeNewsletterSubscription(true, TestUsers.Later);

        Assert.That(user.UpdatedAt, Is.EqualTo(TestUsers.RegisteredAt));
    }
}
