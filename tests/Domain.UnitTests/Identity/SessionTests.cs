using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

public class SessionTests
{
    private static readonly Guid UserId = Guid.Parse("0b5b2a8e-93a4-4f5c-9d8b-3b0a4f6f1c11");
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    [Test]
    public void Start_TakesItsIdOwnerAndTimesFromTheFamilysFirstToken()
    {
        var firstToken = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);

        var session = Session.Start(firstToken, "Firefox/140.0", "203.0.113.7");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(session.Id, Is.EqualTo(firstToken.FamilyId));
            Assert.That(session.UserId, Is.EqualTo(UserId));
            Assert.That(session.UserAgent, Is.EqualTo("Firefox/140.0"));
            Assert.That(session.IpAddress, Is.EqualTo("203.0.113.7"));
            Assert.That(session.CreatedAt, Is.EqualTo(IssuedAt));
            Assert.That(session.LastUsedAt, Is.EqualTo(IssuedAt));
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Start_NoUserAgentOrAddress_KeepsNull(string? nothing)
    {
        var session = Session.Start(RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime), nothing, nothing);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(session.UserAgent, Is.Null);
            Assert.That(session.IpAddress, Is.Null);
        }
    }

    [Test]
    public void Start_LongUserAgent_IsTrimmedAndCutToTheMaximum()
    {
        var session = Session.Start(RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime), "  " + new string('a', 1000), null);

        Assert.That(session.UserAgent, Is.EqualTo(new string('a', Session.UserAgentMaxLength)));
    }

    [Test]
    public void Start_CutFallingInsideASurrogatePair_DropsTheWholePair()
    {
        var userAgent = new string('a', Session.UserAgentMaxLength - 1) + "\U0001F600" + "tail";

        var session = Session.Start(RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime), userAgent, null);

        Assert.That(session.UserAgent, Is.EqualTo(new string('a', Session.UserAgentMaxLength - 1)));
    }

    [Test]
    public void MarkUsed_MovesLastUsedForwardOnly()
    {
        var session = Session.Start(RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime), null, null);

        session.MarkUsed(IssuedAt.AddHours(2));
        session.MarkUsed(IssuedAt.AddHours(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(session.LastUsedAt, Is.EqualTo(IssuedAt.AddHours(2)));
            Assert.That(session.CreatedAt, Is.EqualTo(IssuedAt));
        }
    }
}
