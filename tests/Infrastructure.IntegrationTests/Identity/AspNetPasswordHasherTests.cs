using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

public sealed class AspNetPasswordHasherTests
{
    private readonly AspNetPasswordHasher _hasher = new();

    [Test]
    public void Verify_TheHashedPassword_Succeeds()
    {
        var hash = _hasher.Hash("correct horse battery staple");

        Assert.That(_hasher.Verify(hash, "correct horse battery staple"), Is.EqualTo(PasswordCheck.Succeeded));
    }

    [TestCase("Correct horse battery staple")]
    [TestCase("correct horse battery staple ")]
    [TestCase("")]
    public void Verify_AnyOtherPassword_Fails(string password)
    {
        var hash = _hasher.Hash("correct horse battery staple");

        Assert.That(_hasher.Verify(hash, password), Is.EqualTo(PasswordCheck.Failed));
    }

    [Test]
    public void Hash_IsSaltedAndNeverThePasswordItself()
    {
        var first = _hasher.Hash("same password");
        var second = _hasher.Hash("same password");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.Not.EqualTo(second));
            Assert.That(first, Does.Not.Contain("same password"));
        }
    }

    [Test]
    public void Verify_AHashInTheOlderIdentityV2Format_SucceedsButAsksForARehash()
    {
        // Hashes stored before the parameters were raised must still log users in, and be replaced.
        var legacyHasher = new PasswordHasher<User>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2,
        }));
        var legacyHash = legacyHasher.HashPassword(null!, "old password");

        Assert.That(_hasher.Verify(legacyHash, "old password"), Is.EqualTo(PasswordCheck.SucceededRehashNeeded));
    }
}
