using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Validators;

/// <summary>The rules of article lists beyond paging (paging is covered by PagingRulesTests).</summary>
public class ListArticlesQueryValidatorTests
{
    private readonly ListArticlesQueryValidator _validator = new();

    [Test]
    public void Validate_AllFiltersSet_HasNoErrors()
    {
        var query = new ListArticlesQuery { Tag = "dragons", Author = "jake", Favorited = "jane", Q = "train dragons", Limit = 5, Offset = 10 };

        Assert.That(ValidationErrors.Of(_validator, query), Is.Empty);
    }

    [Test]
    public void Validate_SearchOfMaximumLength_HasNoErrors()
    {
        var query = new ListArticlesQuery { Q = new string('q', ListArticlesQueryValidator.MaxSearchLength) };

        Assert.That(ValidationErrors.Of(_validator, query), Is.Empty);
    }

    [Test]
    public void Validate_SearchLongerThan200Characters_IsTooLongUnderQ()
    {
        var errors = ValidationErrors.Of(_validator, new ListArticlesQuery { Q = new string('q', 201) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Q"] = ["is too long (maximum is 200 characters)"] }));
    }

    [Test]
    public void Validate_RankedCursorWithTheSearch_HasNoErrors()
    {
        var cursor = CursorLists.Articles.Encode(new KeysetCursor<Guid>(FakeClock.DefaultStart, Guid.NewGuid(), Rank: 0.5f));

        Assert.That(ValidationErrors.Of(_validator, new ListArticlesQuery { Q = "dragons", Cursor = cursor }), Is.Empty);
    }

    [Test]
    public void Validate_PlainListCursorWithASearch_IsRefusedUnderCursor()
    {
        var cursor = CursorLists.Articles.Encode(new KeysetCursor<Guid>(FakeClock.DefaultStart, Guid.NewGuid()));

        var errors = ValidationErrors.Of(_validator, new ListArticlesQuery { Q = "dragons", Cursor = cursor });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["cursor"] = ["does not belong to this list"] }));
    }

    [Test]
    public void Validate_SearchCursorWithoutTheSearch_IsRefusedUnderCursor()
    {
        var cursor = CursorLists.Articles.Encode(new KeysetCursor<Guid>(FakeClock.DefaultStart, Guid.NewGuid(), Rank: 0.5f));

        var errors = ValidationErrors.Of(_validator, new ListArticlesQuery { Cursor = cursor });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["cursor"] = ["does not belong to this list"] }));
    }
}
