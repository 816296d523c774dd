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

    [TestCase("JohnDoe", "johndoe")]
    [TestCase("JOHN_DOE", "john_doe")]
    [TestCase(" John ", "john")]
    public void Normalize_ReturnsTrimmedLowerCase(string username, string expected)
    {
        Assert.That(UsernameRules.Normalize(username), Is.EqualTo(expected));
    }
}
