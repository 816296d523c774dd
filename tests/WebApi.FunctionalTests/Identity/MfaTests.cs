using System.Net;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

/// <summary>
/// The TOTP second factor end to end, with codes computed by Otp.NET from the secret the API hands out. The host's
/// clock stands still (the test moves it only to outlive a challenge), so which 30-second step a code belongs to is
/// decided by the test, never by when it happens to run: the server accepts the step before, the current one and
/// the one after.
/// </summary>
public sealed class MfaTests : ApiTestBase
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private static readonly Dictionary<string, string[]> InvalidCode = Error("code", "is invalid");

    private ManualClockHost _host = null!;

    private ManualClock Clock => _host.Clock;

    private ConduitApiClient HostApi => _host.Api;

    [SetUp]
    public void StartHostWithAStillClock() => _host = new ManualClockHost();

    [TearDown]
    public async Task StopHostAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Enrolment_hands_out_a_secret_with_its_otpauth_uri_and_qr_code_and_stores_it_encrypted()
    {
        var session = await HostApi.RegisterAndLoginAsync(TestAccount.Named("alice"));

        var enrolment = (await HostApi.StartMfaEnrolmentAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Json;
        var secret = enrolment.String("secret");

        await using var dbContext = Database.CreateDbContext();
        var stored = await dbContext.MfaEnrolments.AsNoTracking().SingleAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(secret, Does.Match("^[A-Z2-7]{32}$"));
            Assert.That(enrolment.String("otpauthUri"), Does.StartWith("otpauth://totp/").And.Contain($"secret={secret}").And.Contain("issuer=CleanBackend"));
            Assert.That(enrolment.String("qrCodeSvg"), Does.StartWith("<svg").Or.StartWith("<?xml"));
            Assert.That(stored.ProtectedSecret, Does.Not.Contain(secret));
            Assert.That(stored.IsEnabled, Is.False);
        }

        // Pending: the password alone still logs in.
        (await HostApi.LoginAsync(session.Account.Email, session.Account.Password)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Confirming_with_a_wrong_code_is_refused_and_a_right_one_enables_mfa_with_ten_recovery_codes()
    {
        var session = await HostApi.RegisterAndLoginAsync(TestAccount.Named("alice"));
        var secret = (await HostApi.StartMfaEnrolmentAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Json.String("secret");

        (await HostApi.ConfirmMfaEnrolmentAsync(session.AccessToken, WrongCode(secret))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, InvalidCode);
        var confirmed = (await HostApi.ConfirmMfaEnrolmentAsync(session.AccessToken, CodeAt(secret, 0))).ShouldHaveStatus(HttpStatusCode.OK);
        var again = await HostApi.StartMfaEnrolmentAsync(session.AccessToken);

        var recoveryCodes = confirmed.Json.Strings("recoveryCodes");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(recoveryCodes, Has.Count.EqualTo(10).And.Unique);
            Assert.That(recoveryCodes, Has.All.Match("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
            Assert.That(await AuditActionsAsync(), Does.Contain(SecurityEventNames.MfaEnrolled));
        }

        again.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("mfa", "is already enabled"));
        await using var dbContext = Database.CreateDbContext();
        var hashes = await dbContext.MfaEnrolments.AsNoTracking().SelectMany(enrolment => enrolment.RecoveryCodes).Select(code => code.CodeHash).ToListAsync();
        Assert.That(hashes, Has.Count.EqualTo(10).And.No.AnyOf(recoveryCodes.Cast<object>().ToArray()));
    }

    [Test]
    public async Task Login_of_an_enrolled_user_answers_a_challenge_that_a_code_completes_into_a_normal_session()
    {
        var (account, secret) = await EnrolledAsync("alice");

        var challenge = (await HostApi.LoginAsync(account.Email, account.Password)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("otp", "is required"));
        var completed = (await HostApi.CompleteMfaLoginAsync(challenge.Json.String("mfaToken"), CodeAt(secret, 1))).ShouldHaveStatus(HttpStatusCode.OK);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(challenge.Json.String("mfaToken"), Is.Not.Empty);
            Assert.That(challenge.Json.TryGetProperty("user", out _), Is.False);
            Assert.That(completed.UserString("username"), Is.EqualTo("alice"));
            Assert.That(completed.UserString("email"), Is.EqualTo(account.Email));
        }

        (await HostApi.GetCurrentUserAsync(completed.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
        (await HostApi.RefreshAsync(completed.UserString("refreshToken"))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_wrong_code_is_refused_and_the_challenge_still_takes_the_right_one()
    {
        var (account, secret) = await EnrolledAsync("alice");
        var mfaToken = await HostApi.LoginForMfaTokenAsync(account);

        (await HostApi.CompleteMfaLoginAsync(mfaToken, WrongCode(secret))).ShouldBeProblem(HttpStatusCode.Unauthorized, InvalidCode);
        (await HostApi.CompleteMfaLoginAsync(mfaToken, "not-a-code")).ShouldBeProblem(HttpStatusCode.Unauthorized, InvalidCode);
        (await HostApi.CompleteMfaLoginAsync(mfaToken, CodeAt(secret, 1))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_code_is_accepted_once_and_no_earlier_code_after_it()
    {
        var (account, secret) = await EnrolledAsync("alice");

        // Step 0 confirmed the enrolment, so it is used up already.
        (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), CodeAt(secret, 0))).ShouldBeProblem(HttpStatusCode.Unauthorized, InvalidCode);
        (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), CodeAt(secret, 1))).ShouldHaveStatus(HttpStatusCode.OK);
        (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), CodeAt(secret, 1))).ShouldBeProblem(HttpStatusCode.Unauthorized, InvalidCode);
        (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), CodeAt(secret, -1))).ShouldBeProblem(HttpStatusCode.Unauthorized, InvalidCode);
    }

    [Test]
    public async Task A_challenge_serves_one_login_is_replaced_by_a_newer_one_and_expires()
    {
        var (account, secret) = await EnrolledAsync("alice");
        var first = await HostApi.LoginForMfaTokenAsync(account);
        var second = await HostApi.LoginForMfaTokenAsync(account);

        (await HostApi.CompleteMfaLoginAsync(first, CodeAt(secret, 1))).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("mfaToken", "is invalid"));
        (await HostApi.CompleteMfaLoginAsync("forged-token", CodeAt(secret, 1))).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("mfaToken", "is invalid"));
        (await HostApi.CompleteMfaLoginAsync(second, CodeAt(secret, 1))).ShouldHaveStatus(HttpStatusCode.OK);
        (await HostApi.CompleteMfaLoginAsync(second, RecoveryCodeOf(account))).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("mfaToken", "is invalid"));

        var late = await HostApi.LoginForMfaTokenAsync(account);
        Clock.Advance(TimeSpan.FromMinutes(5));
        (await HostApi.CompleteMfaLoginAsync(late, RecoveryCodeOf(account))).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("mfaToken", "is invalid"));
    }

    [Test]
    public async Task A_recovery_code_completes_a_login_once_and_is_then_refused()
    {
        var (account, _) = await EnrolledAsync("alice");
        var recoveryCode = RecoveryCodeOf(account);

        // Typed in lower case without its dashes, as people do.
        var typed = recoveryCode.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), typed)).ShouldHaveStatus(HttpStatusCode.OK);
        (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), recoveryCode)).ShouldBeProblem(HttpStatusCode.Unauthorized, InvalidCode);

        Assert.That(await AuditActionsAsync(), Has.Exactly(1).EqualTo(SecurityEventNames.RecoveryCodeUsed));
        (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), _recoveryCodes[account.Email][1])).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Wrong_codes_count_in_the_login_lockout()
    {
        var (account, secret) = await EnrolledAsync("alice");
        var mfaToken = await HostApi.LoginForMfaTokenAsync(account);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add((await HostApi.CompleteMfaLoginAsync(mfaToken, WrongCode(secret))).StatusCode);
        }

        // The password attempt counted too: it is forgotten only when the login is complete.
        var locked = await HostApi.CompleteMfaLoginAsync(mfaToken, CodeAt(secret, 1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Take(4), Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(statuses.Skip(4), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        }

        locked.ShouldBeProblem(HttpStatusCode.TooManyRequests, Error("credentials", "have too many failed attempts; retry later"));
    }

    [Test]
    public async Task Disabling_needs_a_right_code_and_then_the_password_alone_logs_in()
    {
        var (account, secret) = await EnrolledAsync("alice");
        var token = (await HostApi.CompleteMfaLoginAsync(await HostApi.LoginForMfaTokenAsync(account), CodeAt(secret, 1))).UserString("token");

        (await HostApi.DisableMfaAsync(token, WrongCode(secret))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, InvalidCode);
        (await HostApi.DisableMfaAsync(token, CodeAt(secret, 1))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, InvalidCode);
        (await HostApi.DisableMfaAsync(null, CodeAt(secret, -1))).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        (await HostApi.DisableMfaAsync(token, RecoveryCodeOf(account))).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await HostApi.LoginAsync(account.Email, account.Password)).ShouldHaveStatus(HttpStatusCode.OK);
        (await HostApi.DisableMfaAsync(token, CodeAt(secret, -1))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("mfa", "is not enabled"));
        Assert.That(await AuditActionsAsync(), Does.Contain(SecurityEventNames.MfaDisabled));
    }

    private readonly Dictionary<string, IReadOnlyList<string>> _recoveryCodes = [];

    /// <summary>An account enrolled over HTTP and confirmed with the code of the current step (step 0).</summary>
    private async Task<(TestAccount Account, string Secret)> EnrolledAsync(string username)
    {
        var session = await HostApi.RegisterAndLoginAsync(TestAccount.Named(username));
        var secret = (await HostApi.StartMfaEnrolmentAsync(session.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK).Json.String("secret");
        var confirmed = (await HostApi.ConfirmMfaEnrolmentAsync(session.AccessToken, CodeAt(secret, 0))).ShouldHaveStatus(HttpStatusCode.OK);
        _recoveryCodes[session.Account.Email] = confirmed.Json.Strings("recoveryCodes");
        return (session.Account, secret);
    }

    private string RecoveryCodeOf(TestAccount account) => _recoveryCodes[account.Email][0];

    /// <summary>The code of the step <paramref name="steps"/> away from the host's (still) clock.</summary>
    private string CodeAt(string secret, int steps) => TestMfa.CodeAt(secret, Clock.GetUtcNow() + steps * Step);

    /// <summary>A code of none of the steps the server accepts now.</summary>
    private string WrongCode(string secret)
    {
        var accepted = new[] { CodeAt(secret, -1), CodeAt(secret, 0), CodeAt(secret, 1) };
        return Enumerable.Range(0, 4).Select(digit => new string((char)('0' + digit), 6)).First(code => !accepted.Contains(code));
    }

    private static async Task<List<string>> AuditActionsAsync()
    {
        await using var dbContext = Database.CreateDbContext();
        return await dbContext.AuditEntries.AsNoTracking().Select(entry => entry.Action).ToListAsync();
    }
}
