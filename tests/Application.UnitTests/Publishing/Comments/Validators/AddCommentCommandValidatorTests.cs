using CleanBackend.Application.Publishing.Comments.Commands.AddComment;
using CleanBackend.Application.UnitTests.Support;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.UnitTests.Publishing.Comments.Validators;

public class AddCommentCommandValidatorTests
{
    private readonly AddCommentCommandValidator _validator = new();

    [Test]
    public void Validate_Body_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, new AddCommentCommand { Slug = "a-slug", Body = "Thank you so much!" }), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Validate_BlankBody_IsBlankUnderBody(string? body)
    {
        var errors = ValidationErrors.Of(_validator, new AddCommentCommand { Slug = "a-slug", Body = body });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Body"] = ["can't be blank"] }));
    }

    [Test]
    public void Validate_BodyLongerThanMaximum_IsTooLongUnderBody()
    {
        var errors = ValidationErrors.Of(_validator, new AddCommentCommand { Slug = "a-slug", Body = new string('b', Comment.MaxBodyLength + 1) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Body"] = ["is too long (maximum is 10000 characters)"] }));
    }
}
