using CleanBackend.Domain.Publishing;

namespace CleanBackend.Domain.UnitTests.Publishing;

public class SlugTests
{
    private const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [TestCase("How to train your dragon", "how-to-train-your-dragon")]
    [TestCase("HOW To Train", "how-to-train")]
    [TestCase("Version 2 released", "version-2-released")]
    public void FromTitle_Words_AreLowerCaseAndJoinedByHyphens(string title, string expected)
    {
        Assert.That(Slug.FromTitle(title), Is.EqualTo(expected));
    }

    [TestCase("Hello, World!", "hello-world")]
    [TestCase("Why? Because.", "why-because")]
    [TestCase("C# & F#: a (short) comparison", "c-f-a-short-comparison")]
    [TestCase("\"Quoted\" <title>", "quoted-title")]
    public void FromTitle_Punctuation_IsDropped(string title, string expected)
    {
        Assert.That(Slug.FromTitle(title), Is.EqualTo(expected));
    }

    [TestCase("Crème Brûlée", "creme-brulee")]
    [TestCase("Ångström façade", "angstrom-facade")]
    [TestCase("naïve Señor", "naive-senor")]
    public void FromTitle_Diacritics_AreRemovedFromTheirLetters(string title, string expected)
    {
        Assert.That(Slug.FromTitle(title), Is.EqualTo(expected));
    }

    [TestCase("  leading and trailing  ", "leading-and-trailing")]
    [TestCase("--dragons--", "dragons")]
    [TestCase("many     spaces", "many-spaces")]
    [TestCase("a - b -- c", "a-b-c")]
    [TestCase("tab\tand\nnewline", "tab-and-newline")]
    public void FromTitle_Separators_AreCollapsedAndTrimmed(string title, string expected)
    {
        Assert.That(Slug.FromTitle(title), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("!!! ???")]
    [TestCase("日本語のタイトル")]
    [TestCase("Привет")]
    public void FromTitle_NoLatinLetterOrDigit_IsArticle(string title)
    {
        Assert.That(Slug.FromTitle(title), Is.EqualTo("article"));
    }

    [Test]
    public void FromTitle_LatinWordsAmongOtherScripts_KeepsOnlyTheLatinWords()
    {
        Assert.That(Slug.FromTitle("Привет world 123"), Is.EqualTo("world-123"));
    }

    [Test]
    public void FromTitle_LongerThanMaxLength_IsCutToMaxLength()
    {
        Assert.That(Slug.FromTitle(new string('a', Slug.MaxLength + 50)), Is.EqualTo(new string('a', Slug.MaxLength)));
    }

    [Test]
    public void FromTitle_CutRightAfterAWord_EndsWithoutAHyphen()
    {
        // The separator would be the 100th character, with the next word beyond the limit.
        var title = new string('a', Slug.MaxLength - 1) + " next words";

        Assert.That(Slug.FromTitle(title), Is.EqualTo(new string('a', Slug.MaxLength - 1)));
    }

    [TestCase(Slug.MaxLength)]
    [TestCase(Slug.MaxLength + 1)]
    [TestCase(3 * Slug.MaxLength)]
    public void FromTitle_ManyShortWords_StaysWithinMaxLengthAndWellFormed(int titleLength)
    {
        var title = string.Concat(Enumerable.Repeat("ab, ", titleLength / 4 + 1))[..titleLength];

        var slug = Slug.FromTitle(title);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(slug, Has.Length.LessThanOrEqualTo(Slug.MaxLength));
            Assert.That(slug, Does.Match(SlugPattern));
        }
    }

    [Test]
    public void WithSuffix_ShortSlug_AppendsTheSuffixAfterAHyphen()
    {
        Assert.That(Slug.WithSuffix("how-to-train-your-dragon", "1a2b3c4d"), Is.EqualTo("how-to-train-your-dragon-1a2b3c4d"));
    }

    [Test]
    public void WithSuffix_SlugOfMaxLength_IsShortenedToMakeRoom()
    {
        var slug = Slug.WithSuffix(new string('a', Slug.MaxLength), "1a2b3c4d");

        Assert.That(slug, Is.EqualTo(new string('a', Slug.MaxLength - 9) + "-1a2b3c4d"));
    }

    [Test]
    public void WithSuffix_ShortenedRightAfterAHyphen_HasNoDoubleHyphen()
    {
        // Shortening to 91 characters keeps "aaa…a-", whose hyphen must not meet the suffix's.
        var slug = Slug.WithSuffix(new string('a', 90) + "-" + new string('b', 9), "1a2b3c4d");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(slug, Is.EqualTo(new string('a', 90) + "-1a2b3c4d"));
            Assert.That(slug, Has.Length.LessThanOrEqualTo(Slug.MaxLength));
            Assert.That(slug, Does.Match(SlugPattern));
        }
    }
}
