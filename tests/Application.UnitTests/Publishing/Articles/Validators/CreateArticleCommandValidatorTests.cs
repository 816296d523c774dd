using CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Validators;

public class CreateArticleCommandValidatorTests
{
    private static readonly CreateArticleCommand Valid = new()
    {
        Title = "How to train your dragon",
        Description = "Ever wonder how?",
        Body = "You have to believe",
        TagList = ["reactjs", "angularjs", "dragons"],
    };

    private readonly CreateArticleCommandValidator _validator = new();

    [Test]
    public void Validate_ValidCommand_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, Valid), Is.Empty);
    }

    [Test]
    public void Validate_NoTagList_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, Valid with { TagList = null }), Is.Empty);
    }

    [Test]
    public void Validate_BlankAndNullTagsAmongTheTags_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, Valid with { TagList = ["dragons", "", null, "   "] }), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_BlankTitleDescriptionAndBody_ReportsEachTogether(string? blank)
    {
        var errors = ValidationErrors.Of(_validator, Valid with { Title = blank, Description = blank, Body = blank });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["Title"] = ["can't be blank"],
            ["Description"] = ["can't be blank"],
            ["Body"] = ["can't be blank"],
        }));
    }

    [Test]
    public void Validate_FieldsOfMaximumLength_HaveNoErrors()
    {
        var command = Valid with
        {
            Title = new string('t', Article.MaxTitleLength),
            Description = new string('d', Article.MaxDescriptionLength),
            Body = new string('b', Article.MaxBodyLength),
        };

        Assert.That(ValidationErrors.Of(_validator, command), Is.Empty);
    }

    [Test]
    public void Validate_FieldsLongerThanMaximum_AreTooLong()
    {
        var command = Valid with
        {
            Title = new string('t', Article.MaxTitleLength + 1),
            Description = new string('d', Article.MaxDescriptionLength + 1),
            Body = new string('b', Article.MaxBodyLength + 1),
        };

        Assert.That(ValidationErrors.Of(_validator, command), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["Title"] = ["is too long (maximum is 200 characters)"],
            ["Description"] = ["is too long (maximum is 1000 characters)"],
            ["Body"] = ["is too long (maximum is 100000 characters)"],
        }));
    }

    [Test]
    public void Validate_TwentyDistinctTags_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, Valid with { TagList = DistinctTags(20) }), Is.Empty);
    }

    [Test]
    public void Validate_MoreThanTwentyDistinctTags_IsAnErrorUnderTagList()
    {
        var errors = ValidationErrors.Of(_validator, Valid with { TagList = DistinctTags(21) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["TagList"] = ["has more than 20 tags"] }));
    }

    [Test]
    public void Validate_TagOfFortyCharacters_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, Valid with { TagList = [new string('t', 40)] }), Is.Empty);
    }

    [Test]
    public void Validate_TagOfFortyOneCharacters_IsAnErrorUnderTagList()
    {
        var errors = ValidationErrors.Of(_validator, Valid with { TagList = ["dragons", new string('t', 41)] });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["TagList"] = ["has a tag longer than 40 characters"] }));
    }

    [TestCase("  ", "  ")]
    [TestCase("\t", "\n")]
    public void Validate_TagPaddedBeyondFortyCharacters_IsMeasuredWithoutThePadding(string before, string after)
    {
        Assert.That(ValidationErrors.Of(_validator, Valid with { TagList = [before + new string('t', 40) + after] }), Is.Empty);
    }

    /// <summary>
    /// The validator answers before the domain normalizes the tags, so it must refuse exactly the tag
    /// lists that <see cref="TagNames.NormalizeAll"/> refuses: otherwise a client gets a 422 for tags
    /// the article would accept.
    /// </summary>
    [TestCaseSource(nameof(TagLists))]
    public void Validate_TagList_IsRefusedExactlyWhenTheDomainRefusesIt(string?[] tags)
    {
        var domainRefuses = DomainRefuses(tags);

        var errors = ValidationErrors.Of(_validator, Valid with { TagList = tags });

        Assert.That(errors.ContainsKey("TagList"), Is.EqualTo(domainRefuses), $"the domain {(domainRefuses ? "refuses" : "accepts")} these tags");
    }

    public static IEnumerable<TestCaseData> TagLists()
    {
        yield return new TestCaseData((object)DistinctTags(20)).SetArgDisplayNames("20 distinct");
        yield return new TestCaseData((object)DistinctTags(21)).SetArgDisplayNames("21 distinct");
        yield return new TestCaseData((object)DistinctTags(20).Append("TAG-01").ToArray()).SetArgDisplayNames("21 entries, 20 distinct ignoring case");
        yield return new TestCaseData((object)DistinctTags(20).Append(" tag-01 ").ToArray()).SetArgDisplayNames("21 entries, 20 distinct ignoring padding");
        yield return new TestCaseData((object)new string?[] { new string('t', 40) }).SetArgDisplayNames("40 characters");
        yield return new TestCaseData((object)new string?[] { new string('t', 41) }).SetArgDisplayNames("41 characters");
        yield return new TestCaseData((object)new string?[] { "machine" + new string(' ', 40) + "learning" }).SetArgDisplayNames("long only by inner spaces");
        yield return new TestCaseData((object)new string?[] { "dragons", null, "", " " }).SetArgDisplayNames("blanks among tags");
    }

    private static bool DomainRefuses(string?[] tags)
    {
        try
        {
            TagNames.NormalizeAll(tags);
            return false;
        }
        catch (DomainRuleViolationException)
        {
            return true;
        }
    }

    private static string?[] DistinctTags(int count) => Enumerable.Range(1, count).Select(number => (string?)$"tag-{number:D2}").ToArray();
}
