using CleanBackend.Domain.Common;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Domain.UnitTests.Publishing;

public class TagNamesTests
{
    [TestCase("dragons", "dragons")]
    [TestCase("  Dragons  ", "dragons")]
    [TestCase("Machine   Learning", "machine learning")]
    [TestCase("\tDeep\n Learning ", "deep learning")]
    [TestCase("ÉCOLE", "école")]
    public void Normalize_Tag_IsTrimmedCollapsedAndLowerCase(string tag, string expected)
    {
        Assert.That(TagNames.Normalize(tag), Is.EqualTo(expected));
    }

    [Test]
    public void NormalizeAll_Tags_AreNormalizedInAlphabeticalOrder()
    {
        Assert.That(TagNames.NormalizeAll(["zoo", " Apple", "Mango  Tree"]), Is.EqualTo(new[] { "apple", "mango tree", "zoo" }));
    }

    [Test]
    public void NormalizeAll_BlankTags_AreDropped()
    {
        Assert.That(TagNames.NormalizeAll(["", "  ", null, "\t", "dragons"]), Is.EqualTo(new[] { "dragons" }));
    }

    [Test]
    public void NormalizeAll_DuplicatesIgnoringCaseAndSpace_AreKeptOnce()
    {
        Assert.That(TagNames.NormalizeAll(["dragons", " Dragons", "DRAGONS ", "deep  learning", "Deep Learning"]), Is.EqualTo(new[] { "deep learning", "dragons" }));
    }

    [Test]
    public void NormalizeAll_NoTags_IsEmpty()
    {
        Assert.That(TagNames.NormalizeAll([]), Is.Empty);
    }

    [Test]
    public void NormalizeAll_MaxPerArticleDistinctTags_AreAccepted()
    {
        Assert.That(TagNames.NormalizeAll(DistinctTags(TagNames.MaxPerArticle)), Has.Count.EqualTo(TagNames.MaxPerArticle));
    }

    [Test]
    public void NormalizeAll_MoreEntriesThanMaxPerArticleButNotMoreDistinctTags_AreAccepted()
    {
        var tags = DistinctTags(TagNames.MaxPerArticle).Append("TAG-01").Append(" tag-02 ");

        Assert.That(TagNames.NormalizeAll(tags), Has.Count.EqualTo(TagNames.MaxPerArticle));
    }

    [Test]
    public void NormalizeAll_MoreThanMaxPerArticleDistinctTags_ThrowsForTagList()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TagNames.NormalizeAll(DistinctTags(TagNames.MaxPerArticle + 1)));

        Assert.That(exception.Field, Is.EqualTo("tagList"));
    }

    [Test]
    public void NormalizeAll_TagOfMaxLength_IsAccepted()
    {
        var tag = new string('t', TagNames.MaxLength);

        Assert.That(TagNames.NormalizeAll([tag]), Is.EqualTo(new[] { tag }));
    }

    [Test]
    public void NormalizeAll_TagLongerThanMaxLength_ThrowsForTagList()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TagNames.NormalizeAll(["ok", new string('t', TagNames.MaxLength + 1)]));

        Assert.That(exception.Field, Is.EqualTo("tagList"));
    }

    [Test]
    public void NormalizeAll_TagLongOnlyBecauseOfSpaces_IsMeasuredAfterNormalizing()
    {
        var tag = "   machine" + new string(' ', TagNames.MaxLength) + "learning   ";

        Assert.That(TagNames.NormalizeAll([tag]), Is.EqualTo(new[] { "machine learning" }));
    }

    [Test]
    public void ProblemWith_NoList_IsNone()
    {
        Assert.That(TagNames.ProblemWith(null), Is.Null);
    }

    [Test]
    public void ProblemWith_MaxPerArticleDistinctTags_IsNone()
    {
        Assert.That(TagNames.ProblemWith(DistinctTags(TagNames.MaxPerArticle)), Is.Null);
    }

    [Test]
    public void ProblemWith_OneTagOverMaxPerArticle_IsTooMany()
    {
        Assert.That(TagNames.ProblemWith(DistinctTags(TagNames.MaxPerArticle + 1)), Is.EqualTo("has more than 20 tags"));
    }

    [Test]
    public void ProblemWith_BlankAndDuplicateEntries_AreNotCounted()
    {
        var tags = DistinctTags(TagNames.MaxPerArticle).Append("").Append("  ").Append(null).Append(" TAG-01 ");

        Assert.That(TagNames.ProblemWith(tags), Is.Null);
    }

    [Test]
    public void ProblemWith_TagAtMaxLength_IsNone()
    {
        Assert.That(TagNames.ProblemWith([new string('t', TagNames.MaxLength)]), Is.Null);
    }

    [Test]
    public void ProblemWith_TagOneOverMaxLength_IsTooLong()
    {
        Assert.That(TagNames.ProblemWith(["ok", new string('t', TagNames.MaxLength + 1)]), Is.EqualTo("has a tag longer than 40 characters"));
    }

    [Test]
    public void ProblemWith_TooManyAndTooLong_ReportsTheCountFirst()
    {
        var tags = DistinctTags(TagNames.MaxPerArticle).Append(new string('t', TagNames.MaxLength + 1));

        Assert.That(TagNames.ProblemWith(tags), Is.EqualTo(TagNames.TooMany));
    }

    [TestCase(TagNames.MaxPerArticle + 1, 1)]
    [TestCase(1, TagNames.MaxLength + 1)]
    public void NormalizeAll_RefusedList_ThrowsWithTheMessageOfProblemWith(int count, int length)
    {
        var tags = Enumerable.Range(1, count).Select(number => $"{number:D2}".PadRight(length, 't')).ToList();

        var exception = Assert.Throws<DomainRuleViolationException>(() => TagNames.NormalizeAll(tags));

        Assert.That(exception.Rule, Is.EqualTo(TagNames.ProblemWith(tags)).And.Not.Null);
    }

    private static IEnumerable<string> DistinctTags(int count) => Enumerable.Range(1, count).Select(number => $"tag-{number:D2}");
}
