using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Identity.Users.Validators;

public class UpdateCurrentUserCommandValidatorTests
{
    private readonly UpdateCurrentUserCommandValidator _validator = new();

    [Test]
    public void Validate_NoFieldPresent_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, new UpdateCurrentUserCommand()), Is.Empty);
    }

    [Test]
    public void Validate_AllFieldsPresentAndValid_HasNoErrors()
    {
        var command = new UpdateCurrentUserCommand
        {
            Email = "jake@jake.jake",
            Username = "Jacob",
            Password = "jakejake",
            Bio = "I like to skateboard",
            Image = "https://i.stack.imgur.com/xHWG8.jpg",
        };

        Assert.That(ValidationErrors.Of(_validator, command), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    public void Validate_PresentBlankEmail_IsBlankUnderEmail(string? email)
    {
        var errors = ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Email = new Optional<string?>(email) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["email"] = ["can't be blank"] }));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Validate_PresentBlankUsername_IsBlankUnderUsername(string? username)
    {
        var errors = ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Username = new Optional<string?>(username) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["username"] = ["can't be blank"] }));
    }

    [Test]
    public void Validate_PresentBlankPassword_IsBlankUnderPassword()
    {
        var errors = ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Password = new Optional<string?>(null) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["password"] = ["can't be blank"] }));
    }

    [Test]
    public void Validate_InvalidValues_UseTheSameMessagesAsRegistration()
    {
        var command = new UpdateCurrentUserCommand { Email = "jake", Username = "ab", Password = "short" };

        var errors = ValidationErrors.Of(_validator, command);

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["email"] = ["is invalid"],
            ["username"] = ["is too short (minimum is 3 characters)"],
            ["password"] = ["is too short (minimum is 8 characters)"],
        }));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Validate_PresentEmptyBio_IsAllowed(string? bio)
    {
        Assert.That(ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Bio = new Optional<string?>(bio) }), Is.Empty);
    }

    [Test]
    public void Validate_BioLongerThan2000Characters_IsTooLong()
    {
        var errors = ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Bio = new string('b', 2001) });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["bio"] = ["is too long (maximum is 2000 characters)"] }));
    }

    [TestCase("https://example.com/me.png")]
    [TestCase("http://example.com/me.png")]
    [TestCase("")]
    [TestCase(null)]
    public void Validate_AllowedImage_HasNoErrors(string? image)
    {
        Assert.That(ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Image = new Optional<string?>(image) }), Is.Empty);
    }

    [TestCase("not a url")]
    [TestCase("/images/me.png", Description = "relative (a file path on Unix)")]
    [TestCase("images/me.png")]
    [TestCase("ftp://example.com/me.png")]
    [TestCase("javascript:alert(1)")]
    [TestCase("file:///etc/passwd")]
    public void Validate_ImageThatIsNoAbsoluteHttpUrl_IsInvalid(string image)
    {
        var errors = ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Image = image });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["image"] = ["is invalid"] }));
    }

    [Test]
    public void Validate_ImageUrlLongerThan2048Characters_IsOnlyTooLong()
    {
        var image = "https://example.com/" + new string('a', 2048);

        var errors = ValidationErrors.Of(_validator, new UpdateCurrentUserCommand { Image = image });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["image"] = ["is too long (maximum is 2048 characters)"] }));
    }
}
