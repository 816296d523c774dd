using CleanBackend.Application.Identity.Users.Commands.RegisterUser;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Identity.Users.Validators;

public class RegisterUserCommandValidatorTests
{
    private static readonly RegisterUserCommand Valid = new() { Username = "Jacob", Email = "jake@jake.jake", Password = "jakejake" };

    private readonly RegisterUserCommandValidator _validator = new();

    [Test]
    public void Validate_ValidCommand_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, Valid), Is.Empty);
    }

    [TestCase(null, "can't be blank")]
    [TestCase("", "can't be blank")]
    [TestCase("   ", "can't be blank")]
    [TestCase("ab", "is too short (minimum is 3 characters)")]
    [TestCase("abcdefghijklmnopqrstuvwxyz0123456", "is too long (maximum is 32 characters)")]
    [TestCase("jake jake", "is invalid")]
    [TestCase("jäke", "is invalid")]
    public void Validate_BadUsername_ReportsExactlyOneMessage(string? username, string message)
    {
        var errors = ValidationErrors.Of(_validator, Valid with { Username = username });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Username"] = [message] }));
    }

    [TestCase("abc")]
    [TestCase("abcdefghijklmnopqrstuvwxyz012345")]
    public void Validate_UsernameAtTheLengthLimits_IsAccepted(string username)
    {
        Assert.That(ValidationErrors.Of(_validator, Valid with { Username = username }), Is.Empty);
    }

    [TestCase(null, "can't be blank")]
    [TestCase("", "can't be blank")]
    [TestCase("jake", "is invalid")]
    [TestCase("jake@jake", "is invalid")]
    [TestCase("jake@@jake.jake", "is invalid")]
    public void Validate_BadEmail_ReportsExactlyOneMessage(string? email, string message)
    {
        var errors = ValidationErrors.Of(_validator, Valid with { Email = email });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Email"] = [message] }));
    }

    [TestCase(null, "can't be blank")]
    [TestCase("", "can't be blank")]
    [TestCase("jakejak", "is too short (minimum is 8 characters)")]
    public void Validate_BadPassword_ReportsExactlyOneMessage(string? password, string message)
    {
        var errors = ValidationErrors.Of(_validator, Valid with { Password = password });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Password"] = [message] }));
    }

    [Test]
    public void Validate_PasswordLongerThan128Characters_IsTooLong()
    {
        var errors = ValidationErrors.Of(_validator, Valid with { Password = new string('p', 129) });

        Assert.That(errors["Password"], Is.EqualTo(new[] { "is too long (maximum is 128 characters)" }));
    }

    [Test]
    public void Validate_EverythingMissing_ReportsEveryField()
    {
        var errors = ValidationErrors.Of(_validator, new RegisterUserCommand());

        Assert.That(errors.Keys, Is.EquivalentTo(new[] { "Username", "Email", "Password" }));
    }
}
