using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

public class UsernameRulesTests
{
    [TestCase("abc", Description = "minimum length")]
    [TestCase("abcdefghijklmnopqrstuvwxyz012345", Description = "maximum length (32)")]
    [TestCase("john_doe")]
    [TestCase("John-Doe99")]
    [TestCase("___")]
    [TestCase("123")]
    public void IsValid_AllowedUsername_ReturnsTrue(string username)
    {
        Assert.That(UsernameRules.IsValid(username), Is.True);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("ab", Description = "one below minimum length")]
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456", Description = "one above maximum length (33)")]
    [TestCase("john doe", Description = "inner space")]
    [TestCase(" john", Description = "leading space")]
    [TestCase("john ", Description = "trailing space")]
    [TestCase("jöhn", Description = "non-ASCII Latin letter")]
    [TestCase("名前です", Description = "CJK letters")]
    [TestCase("ｊｏｈｎ", Description = "full-width letters")]
    [TestCase("٣٣٣", Description = "Arabic-Indic digits")]
    [TestCase("john.doe")]
    [TestCase("john@doe")]
    [TestCase("john+doe")]
    public void IsValid_DisallowedUsername_ReturnsFalse(string? username)
    {
        Assert.That(UsernameRules.IsValid(username), Is.False);
    }

    [TestCase("abc", Description = "at the minimum length")]
    [TestCase("abcdefghijklmnopqrstuvwxyz012345", Description = "at the maximum length")]
    public void ProblemWith_AllowedUsername_IsNone(string username)
    {
        Assert.That(UsernameRules.ProblemWith(username), Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void ProblemWith_NoUsernameOrOnlyWhiteSpace_IsBlank(string? username)
    {
        Assert.That(UsernameRules.ProblemWith(username), Is.EqualTo(ValidationMessages.Blank));
    }

    [Test]
    public void ProblemWith_OneUnderTheMinimum_IsTooShort()
    {
        Assert.That(UsernameRules.ProblemWith("ab"), Is.EqualTo("is too short (minimum is 3 characters)"));
    }

    [Test]
    public void ProblemWith_OneOverTheMaximum_IsTooLong()
    {
        Assert.That(UsernameRules.ProblemWith(new string('a', UsernameRules.MaxLength + 1)), Is.EqualTo("is too long (maximum is 32 characters)"));
    }

    [TestCase("john doe")]
    [TestCase("jöhn")]
    [TestCase("a\0b", Description = "U+0000 is a disallowed character like any other here")]
    public void ProblemWith_DisallowedCharacter_IsInvalid(string username)
    {
        Assert.That(UsernameRules.ProblemWith(username), Is.EqualTo(ValidationMessages.Invalid));
    }

    [Test]
    public void ProblemWith_TooShortAndDisallowedCharacters_ReportsTheLengthFirst()
    {
        Assert.That(UsernameRules.ProblemWith("a."), Is.EqualTo(ValidationMessages.TooShort(UsernameRules.MinLength)));
    }

    [TestCase("JohnDoe", "johndoe")]
    [TestCase("JOHN_DOE", "john_doe")]
    [TestCase(" John ", "john")]
    public void Normalize_ReturnsTrimmedLowerCase(string username, string expected)
    {
        Assert.That(UsernameRules.Normalize(username), Is.EqualTo(expected));
    }
}
