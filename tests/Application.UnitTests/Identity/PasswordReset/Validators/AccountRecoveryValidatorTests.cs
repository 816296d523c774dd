using CleanBackend.Application.Identity.EmailVerification.Commands.ConfirmEmailVerification;
using CleanBackend.Application.Identity.PasswordReset.Commands.ConfirmPasswordReset;
using CleanBackend.Application.Identity.PasswordReset.Commands.RequestPasswordReset;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Identity.PasswordReset.Validators;

public class AccountRecoveryValidatorTests
{
    [TestCase(null, "can't be blank")]
    [TestCase("  ", "can't be blank")]
    [TestCase("not-an-address", "is invalid")]
    [TestCase("jake@localhost", "is invalid")]
    public void RequestPasswordResetCommandValidator_BadEmail_NamesTheEmail(string? email, string message)
    {
        var errors = ValidationErrors.Of(new RequestPasswordResetCommandValidator(), new RequestPasswordResetCommand { Email = email });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Email"] = [message] }));
    }

    [Test]
    public void RequestPasswordResetCommandValidator_AnyWellFormedAddress_IsAccepted()
    {
        // Whether an account has it is not the validator's to tell: that would answer who is registered.
        var errors = ValidationErrors.Of(new RequestPasswordResetCommandValidator(), new RequestPasswordResetCommand { Email = "nobody@example.com" });

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void ConfirmPasswordResetCommandValidator_NothingGiven_NamesTheTokenAndThePassword()
    {
        var errors = ValidationErrors.Of(new ConfirmPasswordResetCommandValidator(), new ConfirmPasswordResetCommand());

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["Token"] = ["can't be blank"],
            ["Password"] = ["can't be blank"],
        }));
    }

    [Test]
    public void ConfirmPasswordResetCommandValidator_BlankTokenAndShortPassword_NamesBoth()
    {
        var errors = ValidationErrors.Of(new ConfirmPasswordResetCommandValidator(), new ConfirmPasswordResetCommand { Token = "", Password = "short" });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["Token"] = ["can't be blank"],
            ["Password"] = ["is too short (minimum is 8 characters)"],
        }));
    }

    [Test]
    public void ConfirmPasswordResetCommandValidator_TooLongPassword_NamesThePassword()
    {
        var command = new ConfirmPasswordResetCommand { Token = "token-1", Password = new string('p', 129) };

        var errors = ValidationErrors.Of(new ConfirmPasswordResetCommandValidator(), command);

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Password"] = ["is too long (maximum is 128 characters)"] }));
    }

    [Test]
    public void ConfirmPasswordResetCommandValidator_TokenAndValidPassword_AreAccepted()
    {
        var command = new ConfirmPasswordResetCommand { Token = "token-1", Password = "new-password" };

        Assert.That(ValidationErrors.Of(new ConfirmPasswordResetCommandValidator(), command), Is.Empty);
    }

    [TestCase(null)]
    [TestCase("")]
    public void ConfirmEmailVerificationCommandValidator_MissingToken_NamesTheToken(string? token)
    {
        var errors = ValidationErrors.Of(new ConfirmEmailVerificationCommandValidator(), new ConfirmEmailVerificationCommand { Token = token });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["Token"] = ["can't be blank"] }));
    }

    [Test]
    public void ConfirmEmailVerificationCommandValidator_AnyToken_IsAccepted()
    {
        // A made-up token is the handler's 422, where the lookup tells it apart from a used or expired one.
        var errors = ValidationErrors.Of(new ConfirmEmailVerificationCommandValidator(), new ConfirmEmailVerificationCommand { Token = "made-up" });

        Assert.That(errors, Is.Empty);
    }
}
