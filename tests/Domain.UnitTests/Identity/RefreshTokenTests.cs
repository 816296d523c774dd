using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

public class RefreshTokenTests
{
    private static readonly Guid UserId = Guid.Parse("0b5b2a8e-93a4-4f5c-9d8b-3b0a4f6f1c11");
    private static readonly DateTimeOffset IssuedAt = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    [Test]
    public void StartFamily_SetsTheTokenFields()
    {
        var token = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(token.FamilyId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(token.UserId, Is.EqualTo(UserId));
            Assert.That(token.TokenHash, Is.EqualTo("hash-1"));
            Assert.That(token.CreatedAt, Is.EqualTo(IssuedAt));
            Assert.That(token.ExpiresAt, Is.EqualTo(IssuedAt + Lifetime));
            Assert.That(token.RevokedAt, Is.Null);
            Assert.That(token.ReplacedById, Is.Null);
            Assert.That(token.WasRotated, Is.False);
        }
    }

    [Test]
    public void StartFamily_TwoLogins_StartDifferentFamilies()
    {
        var first = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);
        var second = RefreshToken.StartFamily(UserId, "hash-2", IssuedAt, Lifetime);

        Assert.That(second.FamilyId, Is.Not.EqualTo(first.FamilyId));
    }

    [Test]
    public void IsActive_IsTrueUntilExpiresAtExclusive()
    {
        var token = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.IsActive(IssuedAt), Is.True);
            Assert.That(token.IsActive(token.ExpiresAt.AddTicks(-1)), Is.True);
            Assert.That(token.IsActive(token.ExpiresAt), Is.False);
            Assert.That(token.IsActive(token.ExpiresAt.AddDays(1)), Is.False);
        }
    }

    [Test]
    public void Rotate_RevokesTheOldTokenAndLinksItToTheSuccessor()
    {
        var token = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);
        var rotatedAt = IssuedAt.AddDays(2);

        var successor = token.Rotate("hash-2", rotatedAt, Lifetime);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.RevokedAt, Is.EqualTo(rotatedAt));
            Assert.That(token.ReplacedById, Is.EqualTo(successor.Id));
            Assert.That(token.WasRotated, Is.True);
            Assert.That(token.IsActive(rotatedAt), Is.False);
        }
    }

    [Test]
    public void Rotate_SuccessorStaysInTheFamilyOfTheSameUser()
    {
        var token = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);
        var rotatedAt = IssuedAt.AddDays(2);

        var successor = token.Rotate("hash-2", rotatedAt, TimeSpan.FromDays(7));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(successor.Id, Is.Not.EqualTo(token.Id));
            Assert.That(successor.FamilyId, Is.EqualTo(token.FamilyId));
            Assert.That(successor.UserId, Is.EqualTo(UserId));
            Assert.That(successor.TokenHash, Is.EqualTo("hash-2"));
            Assert.That(successor.CreatedAt, Is.EqualTo(rotatedAt));
            Assert.That(successor.ExpiresAt, Is.EqualTo(rotatedAt + TimeSpan.FromDays(7)));
            Assert.That(successor.RevokedAt, Is.Null);
            Assert.That(successor.WasRotated, Is.False);
            Assert.That(successor.IsActive(rotatedAt), Is.True);
        }
    }

    [Test]
    public void Revoke_Twice_KeepsTheFirstRevocationTime()
    {
        var token = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);
        var firstRevocation = IssuedAt.AddHours(1);

        token.Revoke(firstRevocation);
        token.Revoke(firstRevocation.AddHours(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.RevokedAt, Is.EqualTo(firstRevocation));
            Assert.That(token.IsActive(firstRevocation), Is.False);
        }
    }

    [Test]
    public void Revoke_RotatedToken_KeepsTheRotationTime()
    {
        var token = RefreshToken.StartFamily(UserId, "hash-1", IssuedAt, Lifetime);
        var rotatedAt = IssuedAt.AddHours(1);
        token.Rotate("hash-2", rotatedAt, Lifetime);

        token.Revoke(rotatedAt.AddHours(1));

        Assert.That(token.RevokedAt, Is.EqualTo(rotatedAt));
    }
}
