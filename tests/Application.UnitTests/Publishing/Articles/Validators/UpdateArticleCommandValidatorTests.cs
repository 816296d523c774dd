using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.UnitTests.Publishing.Articles.Validators;

public class UpdateArticleCommandValidatorTests
{
    private readonly UpdateArticleCommandValidator _validator = new();

    [Test]
    public void Validate_NoFieldPresent_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, new UpdateArticleCommand { Slug = "a-slug" }), Is.Empty);
    }

    [Test]
    public void Validate_OnlyBodyPresent_DoesNotValidateTheAbsentFields()
    {
        Assert.That(ValidationErrors.Of(_validator, new UpdateArticleCommand { Slug = "a-slug", Body = "New body" }), Is.Empty);
    }

    [Test]
    public void Validate_AllFieldsPresentAndValid_HasNoErrors()
    {
        var command = new UpdateArticleCommand
        {
            Slug = "a-slug",
            Title = "New title",
            Description = "New description",
            Body = "New body",
            TagList = new Optional<IReadOnlyList<string?>?>(["dragons"]),
        };

        Assert.That(ValidationErrors.Of(_validator, command), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_PresentBlankTitle_IsBlankUnderTitle(string? title)
    {
        var errors = ValidationErrors.Of(_validator, new UpdateArticleCommand { Title = new Optional<string?>(title) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["title"] = ["can't be blank"] }));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Validate_PresentBlankDescriptionAndBody_AreBlankUnderEach(string? blank)
    {
        var command = new UpdateArticleCommand { Description = new Optional<string?>(blank), Body = new Optional<string?>(blank) };

        Assert.That(ValidationErrors.Of(_validator, command), Is.EqualTo(new Dictionary<string, string[]>
        {
            ["description"] = ["can't be blank"],
            ["body"] = ["can't be blank"],
        }));
    }

    [Test]
    public void Validate_PresentTitleLongerThanMaximum_IsTooLongUnderTitle()
    {
        var errors = ValidationErrors.Of(_validator, new UpdateArticleCommand { Title = new string('t', Article.MaxTitleLength + 1) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["title"] = ["is too long (maximum is 200 characters)"] }));
    }

    [Test]
    public void Validate_PresentNullTagList_IsBlankUnderTagList()
    {
        var errors = ValidationErrors.Of(_validator, new UpdateArticleCommand { TagList = new Optional<IReadOnlyList<string?>?>(null) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["tagList"] = ["can't be blank"] }));
    }

    [Test]
    public void Validate_PresentEmptyTagList_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, new UpdateArticleCommand { TagList = new Optional<IReadOnlyList<string?>?>([]) }), Is.Empty);
    }

    [Test]
    public void Validate_PresentTagListWithMoreThanTwentyTags_IsAnErrorUnderTagList()
    {
        var tags = Enumerable.Range(1, 21).Select(number => (string?)$"tag-{number}").ToArray();

        var errors = ValidationErrors.Of(_validator, new UpdateArticleCommand { TagList = new Optional<IReadOnlyList<string?>?>(tags) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["tagList"] = ["has more than 20 tags"] }));
    }

    [Test]
    public void Validate_PresentTagListWithATagOfFortyOneCharacters_IsAnErrorUnderTagList()
    {
        var errors = ValidationErrors.Of(_validator, new UpdateArticleCommand { TagList = new Optional<IReadOnlyList<string?>?>([new string('t', 41)]) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["tagList"] = ["has a tag longer than 40 characters"] }));
    }
}
