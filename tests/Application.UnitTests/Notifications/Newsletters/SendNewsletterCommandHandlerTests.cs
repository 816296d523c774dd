using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Notifications;
using Moq;

namespace CleanBackend.Application.UnitTests.Notifications.Newsletters;

public class SendNewsletterCommandHandlerTests
{
    private readonly Guid _adminId = Guid.NewGuid();
    private readonly Mock<INewsletterRepository> _newsletters = new();
    private readonly RecordingAuditTrail _audit = new();
    private Newsletter? _added;

    [SetUp]
    public void SetUp()
    {
        _newsletters.Setup(repository => repository.Add(It.IsAny<Newsletter>())).Callback<Newsletter>(newsletter => _added = newsletter);
        _newsletters.Setup(repository => repository.AddDeliveriesForSubscribersAsync(It.IsAny<Guid>(), It.IsAny<CancellationToken>())).ReturnsAsync(3);
    }

    [Test]
    public async Task Handle_QueuesTheNewsletterWithItsRecipientsAndAuditsItInTheSameUnitOfWork()
    {
        var handler = new SendNewsletterCommandHandler(_newsletters.Object, TestCallers.SignedIn(_adminId).Object, _audit, new FakeClock());

        var job = await handler.Handle(new SendNewsletterCommand { Subject = "November", HtmlBody = "<p>Hi</p>", TextBody = "Hi" }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_added, Is.Not.Null);
            Assert.That(job.Id, Is.EqualTo(_added!.Id));
            Assert.That(job.State, Is.EqualTo("queued"));
            Assert.That(job.Total, Is.EqualTo(3));
            Assert.That(_added.CreatedBy, Is.EqualTo(_adminId));
            Assert.That(_audit.Entries, Is.EqualTo(new[]
            {
                (AuditActions.NewsletterSent, AuditTargets.Newsletter, job.Id.ToString(), """{"subject":"November","recipients":3}"""),
            }));
        }

        _newsletters.Verify(repository => repository.AddDeliveriesForSubscribersAsync(_added!.Id, It.IsAny<CancellationToken>()), Times.Once);
    }
}
