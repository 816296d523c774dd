using System.Net;
using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.Notifications;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

/// <summary>
/// POST /api/users/email-verification/confirm with the links of the real mails: the welcome mail's on
/// registration, and the one an e-mail change sends to the new address.
/// </summary>
public sealed class EmailVerificationTests : ApiTestBase
{
    [Test]
    public async Task The_link_in_the_welcome_mail_verifies_the_address()
    {
        var account = NewAccount("welcomed");
        var registered = (await Api.RegisterAsync(account)).ShouldHaveStatus(HttpStatusCode.Created);
        Assert.That(registered.User.Bool("emailVerified"), Is.False, "registration alone proves nothing");
        var welcome = await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.Welcome);

        (await Api.ConfirmEmailVerificationAsync(welcome.LinkToken(AccountMails.EmailVerificationPage))).ShouldHaveStatus(HttpStatusCode.NoContent);

        var user = (await Api.GetCurrentUserAsync(registered.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(user.User.Bool("emailVerified"), Is.True);
    }

    [Test]
    public async Task A_verification_link_works_only_once()
    {
        var account = NewAccount("again");
        await Api.RegisterNewAsync(account);
        var token = (await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.Welcome)).LinkToken(AccountMails.EmailVerificationPage);
        (await Api.ConfirmEmailVerificationAsync(token)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var again = await Api.ConfirmEmailVerificationAsync(token);

        again.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "has already been used"));
    }

    [TestCase("not-a-token-anybody-was-mailed", "is invalid", TestName = "A made-up verification token is 422 on token")]
    [TestCase("", "can't be blank", TestName = "An empty verification token is 422 on token")]
    [TestCase(null, "can't be blank", TestName = "A missing verification token is 422 on token")]
    public async Task A_bad_verification_token_is_422_on_token(string? token, string message)
    {
        var response = await Api.ConfirmEmailVerificationAsync(token);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", message));
    }

    [Test]
    public async Task A_password_reset_link_does_not_verify_through_the_verification_endpoint()
    {
        var account = NewAccount("crossed");
        var session = await Api.RegisterNewAsync(account);
        (await Api.RequestPasswordResetAsync(account.Email)).ShouldHaveStatus(HttpStatusCode.Accepted);
        var resetToken = (await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.PasswordReset)).LinkToken(AccountMails.PasswordResetPage);

        var response = await Api.ConfirmEmailVerificationAsync(resetToken);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "is invalid"));
        Assert.That((await Api.GetCurrentUserAsync(session.AccessToken)).User.Bool("emailVerified"), Is.False);
    }

    [Test]
    public async Task A_verification_link_older_than_a_day_is_422_and_the_address_stays_unverified()
    {
        var account = NewAccount("slow");
        var session = await Api.RegisterNewAsync(account);
        var token = (await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.Welcome)).LinkToken(AccountMails.EmailVerificationPage);

        // A replica whose clock the test moves past the token's life; the link was issued on the real clock.
        await using var later = new ManualClockHost();
        later.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var response = await later.Api.ConfirmEmailVerificationAsync(token);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "has expired"));
        Assert.That((await Api.GetCurrentUserAsync(session.AccessToken)).User.Bool("emailVerified"), Is.False);
    }

    [Test]
    public async Task Changing_the_email_mails_a_link_to_the_new_address_and_a_notice_to_the_old_one()
    {
        var account = NewAccount("mover");
        var session = await RegisterVerifiedAsync(account);
        var newEmail = MailSink.UniqueAddress("mover-new");

        var updated = (await Api.UpdateCurrentUserAsync(session.AccessToken, new { email = newEmail })).ShouldHaveStatus(HttpStatusCode.OK);
        Assert.That(updated.User.Bool("emailVerified"), Is.False, "the new address is not proven yet");

        var notice = await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.EmailChanged);
        var verification = await MailSink.Shared.WaitForSingleAsync(newEmail, AccountMails.EmailVerification);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(notice.Subject, Is.EqualTo("The e-mail address of your Conduit account was changed"));
            Assert.That(notice.RcptTos, Is.EqualTo(new[] { account.Email }));
            Assert.That(notice.Text, Does.Contain(newEmail));
            Assert.That(notice.Text, Does.Not.Contain(AccountMails.EmailVerificationPage), "the old address gets no link for the new one");
            Assert.That(verification.Subject, Is.EqualTo("Confirm your e-mail address for Conduit"));
            Assert.That(verification.RcptTos, Is.EqualTo(new[] { newEmail }));
        }

        var token = updated.UserString("token");
        Assert.That((await Api.GetCurrentUserAsync(token)).User.Bool("emailVerified"), Is.False);

        (await Api.ConfirmEmailVerificationAsync(verification.LinkToken(AccountMails.EmailVerificationPage))).ShouldHaveStatus(HttpStatusCode.NoContent);

        var user = (await Api.GetCurrentUserAsync(token)).ShouldHaveStatus(HttpStatusCode.OK).User;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.String("email"), Is.EqualTo(newEmail));
            Assert.That(user.Bool("emailVerified"), Is.True);
        }
    }

    [Test]
    public async Task The_welcome_link_of_the_old_address_does_not_verify_the_new_one()
    {
        var account = NewAccount("switcher");
        var session = await Api.RegisterNewAsync(account);
        var welcomeToken = (await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.Welcome)).LinkToken(AccountMails.EmailVerificationPage);
        var newEmail = MailSink.UniqueAddress("switcher-new");
        var token = (await Api.UpdateCurrentUserAsync(session.AccessToken, new { email = newEmail })).ShouldHaveStatus(HttpStatusCode.OK).UserString("token");

        var response = await Api.ConfirmEmailVerificationAsync(welcomeToken);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("token", "was sent to another e-mail address"));
        Assert.That((await Api.GetCurrentUserAsync(token)).User.Bool("emailVerified"), Is.False);
    }

    [Test]
    public async Task Changing_only_the_case_of_the_email_keeps_it_verified_and_queues_no_mail()
    {
        var account = NewAccount("shouty");
        var session = await RegisterVerifiedAsync(account);

        var updated = (await Api.UpdateCurrentUserAsync(session.AccessToken, new { email = account.Email.ToUpperInvariant() }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        Assert.That(updated.User.Bool("emailVerified"), Is.True);
        Assert.That(await Database.OutboxKindsForAsync(account.Email), Is.EqualTo(new[] { AccountMails.Welcome }), "the same mailbox: no notice, no new link");
    }

    /// <summary>
    /// The default policy (the shared host turns it off for the other newsletter tests): only addresses someone
    /// proved to own get newsletters. The host answering the admin picks the recipients, so it is that host's setting.
    /// </summary>
    [Test]
    public async Task With_the_default_policy_a_newsletter_skips_unverified_addresses()
    {
        await using var host = CleanBackendApiFactory.Testing(("Identity:EmailVerification:NewslettersRequireVerifiedEmail", "true"));
        using var hostApi = new ConduitApiClient(host.CreateClient());
        var verifiedReader = NewAccount("verified");
        await RegisterVerifiedAsync(verifiedReader);
        var unverifiedReader = NewAccount("unverified");
        await Api.RegisterNewAsync(unverifiedReader);
        var admin = await hostApi.CreateAdminAsync(Database);

        var response = (await hostApi.SendNewsletterAsync(admin.AccessToken)).ShouldHaveStatus(HttpStatusCode.Accepted);
        var job = await hostApi.WaitUntilFinishedAsync(admin.AccessToken, response.Location!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Json.Object("job").Int("total"), Is.EqualTo(1), "only the verified reader; the admin made by TestUsers is unverified too");
            Assert.That(job.String("state"), Is.EqualTo("succeeded"));
            Assert.That(await MailSink.Shared.NewslettersToAsync(verifiedReader.Email), Has.Count.EqualTo(1));
            Assert.That(await MailSink.Shared.NewslettersToAsync(unverifiedReader.Email), Is.Empty);
        }
    }

    /// <summary>An account whose address nobody else uses, so the sink's folder holds only this test's mails.</summary>
    private static TestAccount NewAccount(string username) =>
        new(username, MailSink.UniqueAddress(username), TestAccount.DefaultPassword);

    private async Task<UserSession> RegisterVerifiedAsync(TestAccount account)
    {
        var session = await Api.RegisterNewAsync(account);
        var welcome = await MailSink.Shared.WaitForSingleAsync(account.Email, AccountMails.Welcome);
        (await Api.ConfirmEmailVerificationAsync(welcome.LinkToken(AccountMails.EmailVerificationPage))).ShouldHaveStatus(HttpStatusCode.NoContent);
        Assert.That((await Api.GetCurrentUserAsync(session.AccessToken)).User.Bool("emailVerified"), Is.True);
        return session;
    }
}
