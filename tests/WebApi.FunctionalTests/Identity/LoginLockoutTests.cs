using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

/// <summary>
/// The per-account lockout with its default policy (5 free failures, then 1 s doubling), on an API host of
/// its own whose clock the test moves, so that waiting out a lock takes no time.
/// </summary>
public sealed class LoginLockoutTests : ApiTestBase
{
    private static readonly Dictionary<string, string[]> Locked = Error("credentials", "have too many failed attempts; retry later");

    private ManualClockHost _host = null!;

    private ManualClock Clock => _host.Clock;

    private ConduitApiClient HostApi => _host.Api;

    [SetUp]
    public void StartHostWithAManualClock() => _host = new ManualClockHost();

    [TearDown]
    public async Task StopHostAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Two_hundred_wrong_passwords_are_refused_with_429_after_five_and_the_right_one_waits_for_the_delay()
    {
        var account = TestAccount.Named("alice");
        await HostApi.RegisterNewAsync(account);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            statuses.Add((await HostApi.LoginAsync(account.Email, "not-the-password")).StatusCode);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Take(5), Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(statuses.Skip(5), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        }

        var duringTheLock = (await HostApi.LoginAsync(account.Email, account.Password)).ShouldBeProblem(HttpStatusCode.TooManyRequests, Locked);
        Assert.That(duringTheLock.RetryAfter, Is.EqualTo("1"));

        Clock.Advance(TimeSpan.FromSeconds(1));
        var session = (await HostApi.LoginAsync(account.Email, account.Password)).ShouldHaveStatus(HttpStatusCode.OK);
        (await HostApi.GetCurrentUserAsync(session.UserString("token"))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Each_failure_past_the_free_ones_doubles_the_lock()
    {
        var account = TestAccount.Named("alice");
        await HostApi.RegisterNewAsync(account);
        await FailAsync(account.Email, 5);

        var retryAfters = new List<string?>();
        for (var round = 0; round < 3; round++)
        {
            var refused = (await HostApi.LoginAsync(account.Email, "not-the-password")).ShouldBeProblem(HttpStatusCode.TooManyRequests, Locked);
            retryAfters.Add(refused.RetryAfter);
            Clock.Advance(TimeSpan.FromSeconds(int.Parse(refused.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture)));
            (await HostApi.LoginAsync(account.Email, "not-the-password")).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
        }

        Assert.That(retryAfters, Is.EqualTo(new[] { "1", "2", "4" }));
    }

    [Test]
    public async Task A_success_forgets_the_failures()
    {
        var account = TestAccount.Named("alice");
        await HostApi.RegisterNewAsync(account);
        await FailAsync(account.Email, 4);

        (await HostApi.LoginAsync(account.Email, account.Password)).ShouldHaveStatus(HttpStatusCode.OK);

        await FailAsync(account.Email, 5);
        (await HostApi.LoginAsync(account.Email, account.Password)).ShouldBeProblem(HttpStatusCode.TooManyRequests, Locked);
    }

    [Test]
    public async Task An_unknown_email_is_locked_exactly_like_a_registered_one()
    {
        var account = TestAccount.Named("alice");
        await HostApi.RegisterNewAsync(account);

        var known = await AnswersToSixWrongPasswordsAsync(account.Email);
        var unknown = await AnswersToSixWrongPasswordsAsync("nobody@example.com");

        Assert.That(unknown, Is.EqualTo(known));
        Assert.That(known[^1], Is.EqualTo("429 1 credentials"));
    }

    /// <summary>The count lives in PostgreSQL: another replica (here the shared host) sees the lock this one set.</summary>
    [Test]
    public async Task The_lock_holds_on_every_replica()
    {
        var account = TestAccount.Named("alice");
        await HostApi.RegisterNewAsync(account);

        // An hour ahead of the other replica's real clock, so that the lock cannot have ended there.
        Clock.Advance(TimeSpan.FromHours(1));
        await FailAsync(account.Email, 5);

        (await Api.LoginAsync(account.Email, account.Password)).ShouldBeProblem(HttpStatusCode.TooManyRequests, Locked);
    }

    private async Task FailAsync(string email, int times)
    {
        for (var attempt = 0; attempt < times; attempt++)
        {
            (await HostApi.LoginAsync(email, "not-the-password")).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("credentials", "invalid"));
        }
    }

    private async Task<List<string>> AnswersToSixWrongPasswordsAsync(string email)
    {
        var answers = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var response = await HostApi.LoginAsync(email, "not-the-password");
            answers.Add($"{(int)response.StatusCode} {response.RetryAfter} {string.Join(",", response.Errors.Keys)}".Replace("  ", " ", StringComparison.Ordinal));
        }

        return answers;
    }
}
