using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

public class EmailRulesTests
{
    private const string Domain = "@example.com";

    [TestCase("a@b.co")]
    [TestCase("john.doe@example.com")]
    [TestCase("john+tag@mail.example.org")]
    [TestCase("  john@example.com  ", Description = "surrounding white space is trimmed")]
    [TestCase("jöhn@exämple.de", Description = "unicode letters")]
    [TestCase("用户@例子.中国", Description = "unicode letters")]
    public void IsValid_WellFormedEmail_ReturnsTrue(string email)
    {
        Assert.That(EmailRules.IsValid(email), Is.True);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("plainaddress", Description = "no @")]
    [TestCase("@example.com", Description = "empty local part")]
    [TestCase("john@@example.com", Description = "two @ in a row")]
    [TestCase("john@doe@example.com", Description = "two @")]
    [TestCase("john@localhost", Description = "no dot in domain")]
    [TestCase("john@example.", Description = "trailing dot")]
    [TestCase("john@.com", Description = "domain starts with its only dot")]
    [TestCase("john@", Description = "empty domain")]
    [TestCase("john doe@example.com", Description = "inner space")]
    [TestCase("john@exa mple.com", Description = "space in domain")]
    [TestCase("john\t@example.com", Description = "inner tab")]
    public void IsValid_MalformedEmail_ReturnsFalse(string? email)
    {
        Assert.That(EmailRules.IsValid(email), Is.False);
    }

    [TestCase(253, true)]
    [TestCase(254, true)]
    [TestCase(255, false)]
    [TestCase(300, false)]
    public void IsValid_Length_IsCappedAt254Characters(int length, bool expected)
    {
        var email = new string('a', length - Domain.Length) + Domain;

        Assert.That(EmailRules.IsValid(email), Is.EqualTo(expected));
    }

    [Test]
    public void IsValid_LengthIsMeasuredAfterTrimming()
    {
        var email = "  " + new string('a', EmailRules.MaxLength - Domain.Length) + Domain + "  ";

        Assert.That(EmailRules.IsValid(email), Is.True);
    }

    [Test]
    public void ProblemWith_EmailAtTheLimit_IsNone()
    {
        Assert.That(EmailRules.ProblemWith(new string('a', EmailRules.MaxLength - Domain.Length) + Domain), Is.Null);
    }

    [Test]
    public void ProblemWith_EmailOneOverTheLimit_IsInvalid()
    {
        Assert.That(EmailRules.ProblemWith(new string('a', EmailRules.MaxLength + 1 - Domain.Length) + Domain), Is.EqualTo(ValidationMessages.Invalid));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \t ")]
    public void ProblemWith_NoEmailOrOnlyWhiteSpace_IsBlank(string? email)
    {
        Assert.That(EmailRules.ProblemWith(email), Is.EqualTo(ValidationMessages.Blank));
    }

    [TestCase("john")]
    [TestCase("john@@example.com")]
    [TestCase("jo hn@example.com")]
    public void ProblemWith_MalformedEmail_IsInvalid(string email)
    {
        Assert.That(EmailRules.ProblemWith(email), Is.EqualTo(ValidationMessages.Invalid));
    }

    [Test]
    public void ProblemWith_NulCharacter_IsLeftToTheStorableTextCheck()
    {
        // U+0000 is neither white space nor '@', so the syntax check lets it through; StorableText refuses it first.
        Assert.That(EmailRules.ProblemWith("jo\0hn@example.com"), Is.Null);
    }

    [TestCase("John.Doe@Example.COM", "john.doe@example.com")]
    [TestCase("  john@example.com\t", "john@example.com")]
    public void Normalize_ReturnsTrimmedLowerCase(string email, string expected)
    {
        Assert.That(EmailRules.Normalize(email), Is.EqualTo(expected));
    }
}
