using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Articles.Queries.GetFeed;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;
using CleanBackend.Application.Publishing.Comments.Queries.ListComments;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

/// <summary>The limit, offset and cursor rules, run against the validator of every paged list.</summary>
[TestFixtureSource(nameof(Lists))]
public class PagingRulesTests(PagedListValidation list)
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly string ArticleCursorText = CursorLists.Articles.Encode(new KeysetCursor<Guid>(CreatedAt, Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f")));
    private static readonly string CommentCursorText = CursorLists.Comments.Encode(new KeysetCursor<long>(CreatedAt, 42));

    public static IEnumerable<TestFixtureData> Lists()
    {
        var listArticles = new ListArticlesQueryValidator();
        var feed = new GetFeedQueryValidator();
        var listComments = new ListCommentsQueryValidator();

        yield return Fixture(new PagedListValidation(
            nameof(ListArticlesQuery),
            (limit, offset, cursor) => ValidationErrors.Of(listArticles, new ListArticlesQuery { Limit = limit, Offset = offset, Cursor = cursor }),
            ArticleCursorText,
            CommentCursorText));
        yield return Fixture(new PagedListValidation(
            nameof(GetFeedQuery),
            (limit, offset, cursor) => ValidationErrors.Of(feed, new GetFeedQuery { Limit = limit, Offset = offset, Cursor = cursor }),
            ArticleCursorText,
            CommentCursorText));
        yield return Fixture(new PagedListValidation(
            nameof(ListCommentsQuery),
            (limit, offset, cursor) => ValidationErrors.Of(listComments, new ListCommentsQuery { Slug = "a-slug", Limit = limit, Offset = offset, Cursor = cursor }),
            CommentCursorText,
            ArticleCursorText));
    }

    [TestCase(null, null)]
    [TestCase(0, 0)]
    [TestCase(20, 40)]
    [TestCase(500, 100_000)]
    public void Validate_NoCursorAndNonNegativeLimitAndOffset_HasNoErrors(int? limit, int? offset)
    {
        Assert.That(list.Validate(limit, offset, null), Is.Empty);
    }

    [Test]
    public void Validate_NegativeLimit_MustNotBeNegative()
    {
        Assert.That(list.Validate(-1, null, null), Is.EqualTo(new Dictionary<string, string[]> { ["limit"] = ["must not be negative"] }));
    }

    [Test]
    public void Validate_NegativeOffset_MustNotBeNegative()
    {
        Assert.That(list.Validate(null, -5, null), Is.EqualTo(new Dictionary<string, string[]> { ["offset"] = ["must not be negative"] }));
    }

    [Test]
    public void Validate_NegativeLimitAndOffset_ReportsBoth()
    {
        Assert.That(list.Validate(int.MinValue, -1, null), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["limit"] = ["must not be negative"],
            ["offset"] = ["must not be negative"],
        }));
    }

    [Test]
    public void Validate_ValidCursorWithoutOffset_HasNoErrors()
    {
        Assert.That(list.Validate(10, null, list.ValidCursor), Is.Empty);
    }

    [Test]
    public void Validate_ValidCursorWithOffsetZero_HasNoErrors()
    {
        Assert.That(list.Validate(null, 0, list.ValidCursor), Is.Empty);
    }

    [TestCase("")]
    [TestCase("garbage")]
    [TestCase("%%%")]
    public void Validate_BadCursor_IsInvalid(string cursor)
    {
        Assert.That(list.Validate(null, null, cursor), Is.EqualTo(new Dictionary<string, string[]> { ["cursor"] = ["is invalid"] }));
    }

    [Test]
    public void Validate_TamperedCursor_IsInvalid()
    {
        var characters = list.ValidCursor.ToCharArray();
        characters[5] = characters[5] == 'A' ? 'B' : 'A';

        Assert.That(list.Validate(null, null, new string(characters)), Is.EqualTo(new Dictionary<string, string[]> { ["cursor"] = ["is invalid"] }));
    }

    [Test]
    public void Validate_AnotherListsCursor_IsInvalid()
    {
        Assert.That(list.Validate(null, null, list.OtherListsCursor), Is.EqualTo(new Dictionary<string, string[]> { ["cursor"] = ["is invalid"] }));
    }

    [Test]
    public void Validate_CursorWithPositiveOffset_CannotBeCombined()
    {
        Assert.That(list.Validate(null, 20, list.ValidCursor), Is.EqualTo(new Dictionary<string, string[]> { ["offset"] = ["cannot be combined with cursor"] }));
    }

    [Test]
    public void Validate_BadCursorWithPositiveOffset_ReportsBoth()
    {
        Assert.That(list.Validate(null, 20, "garbage"), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["cursor"] = ["is invalid"],
            ["offset"] = ["cannot be combined with cursor"],
        }));
    }

    private static TestFixtureData Fixture(PagedListValidation validation) => new TestFixtureData(validation).SetArgDisplayNames(validation.Name);
}
