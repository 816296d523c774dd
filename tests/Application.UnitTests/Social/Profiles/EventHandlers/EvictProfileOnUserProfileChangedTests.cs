using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Social.Profiles.EventHandlers;
using CleanBackend.Domain.Identity.Events;

namespace CleanBackend.Application.UnitTests.Social.Profiles.EventHandlers;

public class EvictProfileOnUserProfileChangedTests
{
    [Test]
    public async Task Handle_Rename_EvictsTheProfileUnderTheOldAndTheNewName()
    {
        var evictions = new CacheEvictions();
        var changed = new UserProfileChanged(Guid.NewGuid(), "Jake", "Jacob", DateTimeOffset.UnixEpoch);

        await new EvictProfileOnUserProfileChanged(evictions).Handle(new DomainEventNotification<UserProfileChanged>(changed), CancellationToken.None);
        var evicted = evictions.Drain();

        Assert.That(evicted, Is.EquivalentTo(new[] { "profile:jake", "profile:jacob" }));
    }
}
