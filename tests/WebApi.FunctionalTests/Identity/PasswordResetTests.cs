using System.Net;
using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

/// <summary>
/// POST /api/users/password-reset and …/confirm, end to end: the link is taken from the real mail in the sink, so
/// a test passes only if the mail was queued, sent, and carries a token the API accepts.
/// </summary>
public sealed class PasswordResetTests : ApiTestBase
{
    private const string NewPassword = "a-brand-new-passphrase";

    [Test]
    public async Task The_link_in_the_reset_mail_sets_a_new_password_and_ends_every_old_session()
    {
        var account = NewAccount("resetter");
        var before = await Api.RegisterAndLoginAsync(account);

        (await Api.RequestPasswordResetAsync(account.Email)).ShouldHaveStatus(HttpStatusCode.Accepted);
        var mail = await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.PasswordReset);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mail.Subject, Is.EqualTo("Reset your Conduit password"));
            Assert.That(mail.RcptTos, Is.EqualTo(new[] { account.Email }));
            Assert.That(mail.Text, Does.Contain($"Hello {account.Username},"));
        }

        (await Api.ConfirmPasswordResetAsync(mail.LinkToken(AccountMails.PasswordResetPage), NewPassword)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var after = await Api.LoginSessionAsync(account with { Password = NewPassword });
        using (Assert.EnterMultipleScope())
        {
            (await Api.LoginAsync(account.Email, account.Password)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
            (await Api.GetCurrentUserAsync(before.AccessToken)).ShouldBeProblem(HttpStatusCode.Unauthorized);
            (await Api.RefreshAsync(before.RefreshToken)).ShouldBeProblem(HttpStatusCode.Unauthorized);
            (await Api.GetCurrentUserAsync(after.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var notice = await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.PasswordChanged);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(notice.Subject, Is.EqualTo("Your Conduit password was changed"));
            Assert.That(notice.Text, Does.Contain("every device signed in to your account was signed out"));
            Assert.That(notice.Text, Does.Not.Contain(AccountMails.PasswordResetPage), "a notice carries no link that works");
        }
    }

    [Test]
    public async Task A_reset_link_works_only_once()
    {
        var account = NewAccount("twice");
        await Api.RegisterNewAsync(account);
        var token = await RequestResetTokenAsync(account.Email);
        (await Api.ConfirmPasswordResetAsync(token, NewPassword)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var again = await Api.ConfirmPasswordResetAsync(token, "what-the-attacker-wants");

        again.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "has already been used"));
        (await Api.LoginAsync(account.Email, "what-the-attacker-wants")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        (await Api.LoginAsync(account.Email, NewPassword)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Confirming_one_reset_link_retires_the_other_links_of_the_account()
    {
        var account = NewAccount("links");
        await Api.RegisterNewAsync(account);
        (await Api.RequestPasswordResetAsync(account.Email)).ShouldHaveStatus(HttpStatusCode.Accepted);
        (await Api.RequestPasswordResetAsync(account.Email)).ShouldHaveStatus(HttpStatusCode.Accepted);
        var tokens = (await MailSink.Shared.WaitForKindAsync(account.Email, AccountMails.PasswordReset, count: 2))
            .Select(mail => mail.LinkToken(AccountMails.PasswordResetPage))
            .ToList();
        Assert.That(tokens.Distinct().Count(), Is.EqualTo(2), "each request mails a token of its own");

        (await Api.ConfirmPasswordResetAsync(tokens[1], NewPassword)).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await Api.ConfirmPasswordResetAsync(tokens[0], "an-older-link-password"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "has already been used"));
        (await Api.LoginAsync(account.Email, NewPassword)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [TestCase("not-a-token-anybody-was-mailed", TestName = "A made-up reset token is 422 on token")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", TestName = "A reset token of the right length that nobody was mailed is 422 on token")]
    public async Task A_forged_reset_token_is_422_on_token(string token)
    {
        var response = await Api.ConfirmPasswordResetAsync(token, NewPassword);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "is invalid"));
    }

    [Test]
    public async Task An_edited_reset_token_is_422_and_leaves_the_real_one_usable()
    {
        var account = NewAccount("edited");
        await Api.RegisterNewAsync(account);
        var token = await RequestResetTokenAsync(account.Email);
        var edited = (token[0] == 'A' ? "B" : "A") + token[1..];

        (await Api.ConfirmPasswordResetAsync(edited, NewPassword)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "is invalid"));
        (await Api.ConfirmPasswordResetAsync(token + "x", NewPassword)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "is invalid"));
        (await Api.LoginAsync(account.Email, account.Password)).ShouldHaveStatus(HttpStatusCode.OK);

        (await Api.ConfirmPasswordResetAsync(token, NewPassword)).ShouldHaveStatus(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task A_reset_link_older_than_thirty_minutes_is_422_and_the_password_stays()
    {
        var account = NewAccount("late");
        await Api.RegisterNewAsync(account);
        var token = await RequestResetTokenAsync(account.Email);

        // A replica whose clock the test moves past the token's life; the link was issued on the real clock.
        await using var later = new ManualClockHost();
        later.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await later.Api.ConfirmPasswordResetAsync(token, NewPassword);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "has expired"));
        (await Api.LoginAsync(account.Email, account.Password)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Api.LoginAsync(account.Email, NewPassword)).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_reset_link_mailed_before_an_email_change_no_longer_works()
    {
        var account = NewAccount("moved");
        var session = await Api.RegisterNewAsync(account);
        var token = await RequestResetTokenAsync(account.Email);
        var newEmail = MailSink.UniqueAddress("moved-to");
        (await Api.UpdateCurrentUserAsync(session.AccessToken, new { email = newEmail })).ShouldHaveStatus(HttpStatusCode.OK);

        var response = await Api.ConfirmPasswordResetAsync(token, NewPassword);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "was sent to another e-mail address"));
        (await Api.LoginAsync(newEmail, account.Password)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_unknown_address_gets_the_same_202_and_no_mail()
    {
        var account = NewAccount("known");
        await Api.RegisterNewAsync(account);
        var unknownEmail = MailSink.UniqueAddress("nobody");

        var unknown = await Api.RequestPasswordResetAsync(unknownEmail);
        var known = await Api.RequestPasswordResetAsync(account.Email);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(known.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(unknown.MediaType, Is.EqualTo(known.MediaType));
            Assert.That(unknown.Body, Is.EqualTo(known.Body));
            Assert.That(unknown.Location, Is.EqualTo(known.Location));
            Assert.That(unknown.RetryAfter, Is.EqualTo(known.RetryAfter));
        }

        Assert.That(await Database.OutboxKindsForAsync(unknownEmail), Is.Empty, "nothing is queued for an address no account has");

        // The known address's mail was queued after the unknown one's would have been, so once it is in the
        // sink the sweep has passed anything queued for the unknown address too.
        await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.PasswordReset);
        Assert.That(await MailSink.Shared.MessagesToAsync(unknownEmail), Is.Empty);
    }

    [Test]
    public async Task The_address_is_matched_whatever_its_case_and_surrounding_spaces()
    {
        var account = NewAccount("casing");
        await Api.RegisterNewAsync(account);

        (await Api.RequestPasswordResetAsync($"  {account.Email.ToUpperInvariant()} ")).ShouldHaveStatus(HttpStatusCode.Accepted);

        var mail = await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.PasswordReset);
        (await Api.ConfirmPasswordResetAsync(mail.LinkToken(AccountMails.PasswordResetPage), NewPassword)).ShouldHaveStatus(HttpStatusCode.NoContent);
    }

    [TestCase("""{"user":{}}""", "email", "can't be blank", TestName = "A reset request without an email is 422 on email")]
    [TestCase("""{"user":{"email":""}}""", "email", "can't be blank", TestName = "A reset request with an empty email is 422 on email")]
    [TestCase("""{"user":{"email":"not-an-address"}}""", "email", "is invalid", TestName = "A reset request with a malformed email is 422 on email")]
    [TestCase("""{"user":null}""", "user", "can't be blank", TestName = "A reset request without the user envelope is 422 on user")]
    public async Task A_malformed_reset_request_is_422_naming_the_field(string body, string field, string message)
    {
        var response = await Api.PostRawJsonAsync("/api/users/password-reset", body);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error(field, message));
    }

    [TestCase("""{}""", TestName = "A reset confirmation without token and password is 422 on both")]
    [TestCase("""{"token":"","password":""}""", TestName = "A reset confirmation with an empty token and password is 422 on both")]
    public async Task A_reset_confirmation_without_token_and_password_is_422_on_both(string body)
    {
        var response = await Api.PostRawJsonAsync("/api/users/password-reset/confirm", body);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, new Dictionary<string, string[]>
        {
            ["token"] = ["can't be blank"],
            ["password"] = ["can't be blank"],
        });
    }

    [TestCase("short", "is too short (minimum is 8 characters)", TestName = "A new password under 8 characters is 422 and keeps the link usable")]
    [TestCase(null, "can't be blank", TestName = "A missing new password is 422 and keeps the link usable")]
    public async Task A_bad_new_password_is_422_on_password_and_does_not_use_up_the_link(string? password, string message)
    {
        var account = NewAccount("weak");
        await Api.RegisterNewAsync(account);
        var token = await RequestResetTokenAsync(account.Email);

        (await Api.ConfirmPasswordResetAsync(token, password)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("password", message));
        (await Api.ConfirmPasswordResetAsync(token, new string('x', 129)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("password", "is too long (maximum is 128 characters)"));

        (await Api.ConfirmPasswordResetAsync(token, NewPassword)).ShouldHaveStatus(HttpStatusCode.NoContent);
    }

    /// <summary>An account whose address nobody else uses, so the sink's folder holds only this test's mails.</summary>
    private static TestAccount NewAccount(string username) =>
        new(username, MailSink.UniqueAddress(username), TestAccount.DefaultPassword);

    private async Task<string> RequestResetTokenAsync(string email)
    {
        (await Api.RequestPasswordResetAsync(email)).ShouldHaveStatus(HttpStatusCode.Accepted);
        return (await MailSink.Shared.WaitForSingleAsync(email, AccountMails.PasswordReset)).LinkToken(AccountMails.PasswordResetPage);
    }
}
