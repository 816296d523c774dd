using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Identity.Events;

namespace CleanBackend.Domain.UnitTests.Identity;

public class AccountTokenTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    [Test]
    public void IssuePasswordResetToken_StoresTheHashForTheCurrentAddressAndRaisesTheEventThatMailsTheToken()
    {
        var user = Registered();

        var token = user.IssuePasswordResetToken("secret", "hash-of-secret", Lifetime, TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.Purpose, Is.EqualTo(AccountTokenPurpose.PasswordReset));
            Assert.That(token.UserId, Is.EqualTo(user.Id));
            Assert.That(token.Email, Is.EqualTo("john.doe@example.com"));
            Assert.That(token.TokenHash, Is.EqualTo("hash-of-secret"));
            Assert.That(token.ExpiresAt, Is.EqualTo(TestUsers.Later + Lifetime));
            Assert.That(token.UsedAt, Is.Null);
            Assert.That(user.DomainEvents, Is.EqualTo(new IDomainEvent[]
            {
                new PasswordResetRequested(user.Id, "JohnDoe", "john.doe@example.com", new MailedToken("secret", TestUsers.Later + Lifetime), TestUsers.Later),
            }));
        }
    }

    [Test]
    public void ProblemWithRedeeming_FreshToken_IsNone()
    {
        var user = Registered();
        var token = user.IssuePasswordResetToken("secret", "hash", Lifetime, TestUsers.Later);

        Assert.That(token.ProblemWithRedeeming(user, TestUsers.Later + Lifetime - TimeSpan.FromTicks(1)), Is.Null);
    }

    [Test]
    public void ProblemWithRedeeming_AtItsExpiry_IsExpired()
    {
        var user = Registered();
        var token = user.IssuePasswordResetToken("secret", "hash", Lifetime, TestUsers.Later);

        Assert.That(token.ProblemWithRedeeming(user, TestUsers.Later + Lifetime), Is.EqualTo(AccountToken.Expired));
    }

    [Test]
    public void ProblemWithRedeeming_Used_IsAlreadyUsedEvenAfterItsExpiry()
    {
        var user = Registered();
        var token = user.IssuePasswordResetToken("secret", "hash", Lifetime, TestUsers.Later);
        user.ResetPassword(token, "hash-2", TestUsers.Later);

        Assert.That(token.ProblemWithRedeeming(user, TestUsers.Later.AddDays(1)), Is.EqualTo(AccountToken.AlreadyUsed));
    }

    [Test]
    public void ProblemWithRedeeming_AccountMovedToAnotherAddress_IsForAnotherAddress()
    {
        var user = Registered();
        var token = user.IssuePasswordResetToken("secret", "hash", Lifetime, TestUsers.Later);
        user.ChangeEmail("jane@example.com", TestUsers.Later);

        Assert.That(token.ProblemWithRedeeming(user, TestUsers.Later), Is.EqualTo(AccountToken.ForAnotherAddress));
    }

    [Test]
    public void ProblemWithRedeeming_AnotherUsersToken_IsForAnotherAddress()
    {
        var token = Registered().IssuePasswordResetToken("secret", "hash", Lifetime, TestUsers.Later);

        Assert.That(token.ProblemWithRedeeming(TestUsers.Register("Jane", "john.doe@example.com"), TestUsers.Later), Is.EqualTo(AccountToken.ForAnotherAddress));
    }

    [Test]
    public void ResetPassword_RedeemsTheTokenRotatesTheStampVerifiesTheAddressAndRaisesTheNotice()
    {
        var user = Registered();
        var stamp = user.SecurityStamp;
        var token = user.IssuePasswordResetToken("secret", "hash", Lifetime, TestUsers.Later);
        user.ClearDomainEvents();

        user.ResetPassword(token, "hash-2", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.UsedAt, Is.EqualTo(TestUsers.Later));
            Assert.That(user.PasswordHash, Is.EqualTo("hash-2"));
            Assert.That(user.SecurityStamp, Is.Not.EqualTo(stamp));
            Assert.That(user.EmailVerifiedAt, Is.EqualTo(TestUsers.Later), "reading the mail proved the address");
            Assert.That(user.DomainEvents, Is.EqualTo(new IDomainEvent[] { new PasswordResetCompleted(user.Id, "JohnDoe", "john.doe@example.com", TestUsers.Later) }));
        }
    }

    [Test]
    public void IssueEmailVerificationToken_DuringRegistration_RidesOnUserRegisteredInsteadOfAnEventOfItsOwn()
    {
        var user = TestUsers.Register();

        var token = user.IssueEmailVerificationToken("secret", "hash", TimeSpan.FromDays(1), TestUsers.RegisteredAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token.Purpose, Is.EqualTo(AccountTokenPurpose.EmailVerification));
            Assert.That(user.DomainEvents, Is.EqualTo(new IDomainEvent[]
            {
                new UserRegistered(user.Id, "JohnDoe", "john.doe@example.com", TestUsers.RegisteredAt)
                {
                    EmailVerification = new MailedToken("secret", TestUsers.RegisteredAt.AddDays(1)),
                },
            }));
        }
    }

    [Test]
    public void VerifyEmail_RedeemsTheTokenAndVerifiesTheAddress()
    {
        var user = Registered();
        var token = user.IssueEmailVerificationToken("secret", "hash", TimeSpan.FromDays(1), TestUsers.Later);

        user.VerifyEmail(token, TestUsers.Later.AddHours(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.IsEmailVerified, Is.True);
            Assert.That(user.EmailVerifiedAt, Is.EqualTo(TestUsers.Later.AddHours(1)));
            Assert.That(token.UsedAt, Is.EqualTo(TestUsers.Later.AddHours(1)));
        }
    }

    [Test]
    public void ChangeEmail_AnotherMailbox_UnverifiesTheAddressAndRaisesEmailChangedWithBothAddresses()
    {
        var user = Registered();
        user.MarkEmailVerified(TestUsers.RegisteredAt);

        var changed = user.ChangeEmail(" Jane@Example.com ", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.True);
            Assert.That(user.IsEmailVerified, Is.False);
            Assert.That(user.DomainEvents, Is.EqualTo(new IDomainEvent[] { new EmailChanged(user.Id, "JohnDoe", "john.doe@example.com", "Jane@Example.com", TestUsers.Later) }));
        }
    }

    [Test]
    public void ChangeEmail_OnlyTheCase_KeepsTheVerificationAndRaisesNothing()
    {
        var user = Registered();
        user.MarkEmailVerified(TestUsers.RegisteredAt);

        var changed = user.ChangeEmail("John.Doe@Example.COM", TestUsers.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed, Is.False);
            Assert.That(user.Email, Is.EqualTo("John.Doe@Example.COM"));
            Assert.That(user.IsEmailVerified, Is.True);
            Assert.That(user.DomainEvents, Is.Empty);
        }
    }

    [Test]
    public void MailedToken_ToString_NeverShowsTheValue()
    {
        var registered = new UserRegistered(Guid.NewGuid(), "JohnDoe", "john.doe@example.com", TestUsers.RegisteredAt)
        {
            EmailVerification = new MailedToken("the-secret-value", TestUsers.Later),
        };

        Assert.That(registered.ToString(), Does.Not.Contain("the-secret-value").And.Contain("Value = ***"));
    }

    private static User Registered()
    {
        var user = TestUsers.Register();
        user.ClearDomainEvents();
        return user;
    }
}
