using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Social.Profiles.EventHandlers;
using CleanBackend.Domain.Identity.Events;
using Moq;

namespace CleanBackend.Application.UnitTests.Social.Profiles.EventHandlers;

public class EvictProfileOnUserProfileChangedTests
{
    [Test]
    public async Task Handle_Rename_EvictsTheProfileUnderTheOldAndTheNewName()
    {
        var cache = new Mock<ICacheService>();
        IReadOnlyCollection<string>? evicted = null;
        cache
            .Setup(service => service.RemoveAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyCollection<string> keys, CancellationToken _) => evicted = keys)
            .Returns(Task.CompletedTask);
        var changed = new UserProfileChanged(Guid.NewGuid(), "Jake", "Jacob", DateTimeOffset.UnixEpoch);

        await new EvictProfileOnUserProfileChanged(cache.Object).Handle(new DomainEventNotification<UserProfileChanged>(changed), CancellationToken.None);

        Assert.That(evicted, Is.EquivalentTo(new[] { "profile:jake", "profile:jacob" }));
    }
}
