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

    private static IEnumerable<string> DistinctTags(int count) => Enumerable.Range(1, count).Select(number => $"tag-{number:D2}");
}
