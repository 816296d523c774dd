using CleanBackend.Application.Identity.Users.Commands.LoginUser;
using CleanBackend.Application.Identity.Users.Commands.Logout;
using CleanBackend.Application.Identity.Users.Commands.RefreshSession;
using CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Identity.Users.Validators;

public class SessionCommandValidatorTests
{
    [Test]
    public void LoginUserCommandValidator_MissingFields_AreBlank()
    {
        var errors = ValidationErrors.Of(new LoginUserCommandValidator(), new LoginUserCommand { Email = "", Password = null });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["Email"] = ["can't be blank"],
            ["Password"] = ["can't be blank"],
        }));
    }

    [Test]
    public void LoginUserCommandValidator_ShortPassword_IsAccepted()
    {
        // Only presence is checked at login: whether the password is right is for the handler to say (401), not the validator.
        var errors = ValidationErrors.Of(new LoginUserCommandValidator(), new LoginUserCommand { Email = "jake@jake.jake", Password = "x" });

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void RefreshSessionCommandValidator_MissingToken_IsBlank()
    {
        var errors = ValidationErrors.Of(new RefreshSessionCommandValidator(), new RefreshSessionCommand());

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["RefreshToken"] = ["can't be blank"] }));
    }

    [Test]
    public void LogoutCommandValidator_MissingToken_IsBlank()
    {
        var errors = ValidationErrors.Of(new LogoutCommandValidator(), new LogoutCommand { RefreshToken = "" });

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]> { ["RefreshToken"] = ["can't be blank"] }));
    }

    [Test]
    public void SeedAdministratorCommandValidator_AppliesTheAccountRules()
    {
        var command = new SeedAdministratorCommand { Username = "admin user", Email = "admin", Password = "short" };

        var errors = ValidationErrors.Of(new SeedAdministratorCommandValidator(), command);

        Assert.That(errors, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["Username"] = ["is invalid"],
            ["Email"] = ["is invalid"],
            ["Password"] = ["is too short (minimum is 8 characters)"],
        }));
    }
}
