using System.Net;
using System.Text.Json;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

/// <summary>
/// A user's sessions, one per login, over a real Kestrel server (so the address recorded is the connection's):
/// listed with their device, ended one by one or all but the caller's, and by an administrator.
/// </summary>
public sealed class SessionsTests
{
    private const string Laptop = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

    private CleanBackendApiFactory _factory = null!;
    private ConduitApiClient _api = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        _factory = CleanBackendApiFactory.Testing();
        _factory.UseKestrel(0);
        _factory.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync() => await _factory.DisposeAsync();

    [SetUp]
    public async Task ResetAsync()
    {
        await FunctionalTestEnvironment.Database.ResetAsync();
        await _factory.ClearCacheAsync();
        _api = new ConduitApiClient(_factory.CreateClient());
    }

    [TearDown]
    public void DisposeClient() => _api.Dispose();

    [Test]
    public async Task Two_logins_from_two_devices_are_listed_with_agent_and_address_and_the_callers_is_current()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var phone = await _api.LoginFromAsync(account, Phone);

        var sessions = await SessionsOfAsync(phone);

        Assert.That(sessions, Has.Count.EqualTo(2));
        var byAgent = sessions.ToDictionary(session => session.String("userAgent"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byAgent.Keys, Is.EquivalentTo(new[] { Laptop, Phone }));
            Assert.That(byAgent[Phone].Bool("current"), Is.True);
            Assert.That(byAgent[Laptop].Bool("current"), Is.False);
            Assert.That(sessions.Select(session => session.String("ip")), Is.All.EqualTo("127.0.0.1"));
            Assert.That(sessions.Select(session => session.String("createdAt")), Is.All.EndsWith("Z"));
            Assert.That(byAgent[Phone].String("lastUsedAt"), Is.EqualTo(byAgent[Phone].String("createdAt")), "not refreshed yet");
            Assert.That(sessions[0].Keys(), Is.EquivalentTo(new[] { "id", "userAgent", "ip", "createdAt", "lastUsedAt", "current" }));
        }

        var fromLaptop = await SessionsOfAsync(laptop);
        Assert.That(fromLaptop.Single(session => session.Bool("current")).String("userAgent"), Is.EqualTo(Laptop));
    }

    [Test]
    public async Task A_refresh_moves_last_used_and_keeps_the_session_current_for_the_new_access_token()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var before = (await SessionsOfAsync(laptop)).Single();

        var refreshed = (await _api.RefreshAsync(laptop.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var after = (await SessionsOfAsync(refreshed.UserString("token"))).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.String("id"), Is.EqualTo(before.String("id")));
            Assert.That(after.Bool("current"), Is.True);
            Assert.That(after.String("createdAt"), Is.EqualTo(before.String("createdAt")));
            Assert.That(Timestamp(after, "lastUsedAt"), Is.GreaterThan(Timestamp(before, "lastUsedAt")));
        }
    }

    [Test]
    public async Task Ending_a_session_refuses_its_refresh_and_access_tokens_while_the_other_session_keeps_working()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var phone = await _api.LoginFromAsync(account, Phone);
        // The phone's session is now cached as live on this server and in Redis: ending it must evict that.
        (await _api.GetCurrentUserAsync(phone.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var phoneSession = (await SessionsOfAsync(laptop)).Single(session => session.String("userAgent") == Phone).String("id");

        (await _api.EndSessionAsync(laptop.AccessToken, Guid.Parse(phoneSession))).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await _api.GetCurrentUserAsync(phone.AccessToken)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        (await _api.RefreshAsync(phone.RefreshToken)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("refreshToken", "is invalid"));
        (await _api.GetCurrentUserAsync(laptop.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var remaining = await SessionsOfAsync(laptop);
        Assert.That(remaining.Select(session => session.String("userAgent")), Is.EqualTo(new[] { Laptop }));
        (await _api.RefreshAsync(laptop.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Ending_the_current_session_signs_the_caller_out_like_a_logout()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var current = (await SessionsOfAsync(laptop)).Single().String("id");

        (await _api.EndSessionAsync(laptop.AccessToken, Guid.Parse(current))).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await _api.ListSessionsAsync(laptop.AccessToken)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        (await _api.RefreshAsync(laptop.RefreshToken)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Ending_every_other_session_keeps_only_the_callers()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var phone = await _api.LoginFromAsync(account, Phone);
        var tablet = await _api.LoginFromAsync(account, "Tablet/1.0");

        (await _api.EndOtherSessionsAsync(phone.AccessToken)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var remaining = await SessionsOfAsync(phone);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(remaining.Select(session => (session.String("userAgent"), session.Bool("current"))), Is.EqualTo(new[] { (Phone, true) }));
            Assert.That((await _api.GetCurrentUserAsync(laptop.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.GetCurrentUserAsync(tablet.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.RefreshAsync(laptop.RefreshToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.RefreshAsync(tablet.RefreshToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.GetCurrentUserAsync(phone.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await _api.RefreshAsync(phone.RefreshToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Another_users_session_is_not_found_like_an_unknown_one_and_stays_live()
    {
        var alice = TestAccount.Named("alice");
        await _api.RegisterNewAsync(alice);
        var aliceLaptop = await _api.LoginFromAsync(alice, Laptop);
        var mallory = TestAccount.Named("mallory");
        await _api.RegisterNewAsync(mallory);
        var malloryPhone = await _api.LoginFromAsync(mallory, Phone);
        var aliceSession = Guid.Parse((await SessionsOfAsync(aliceLaptop)).Single().String("id"));

        var theirs = await _api.EndSessionAsync(malloryPhone.AccessToken, aliceSession);
        var unknown = await _api.EndSessionAsync(malloryPhone.AccessToken, Guid.NewGuid());

        theirs.ShouldBeProblem(HttpStatusCode.NotFound, Error("session", "not found"));
        unknown.ShouldBeProblem(HttpStatusCode.NotFound, Error("session", "not found"));
        (await _api.GetCurrentUserAsync(aliceLaptop.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        (await _api.RefreshAsync(aliceLaptop.RefreshToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_ended_session_cannot_be_ended_again()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var phone = await _api.LoginFromAsync(account, Phone);
        var phoneSession = Guid.Parse((await SessionsOfAsync(phone)).Single(session => session.Bool("current")).String("id"));
        (await _api.EndSessionAsync(laptop.AccessToken, phoneSession)).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await _api.EndSessionAsync(laptop.AccessToken, phoneSession)).ShouldBeProblem(HttpStatusCode.NotFound, Error("session", "not found"));
    }

    [Test]
    public async Task Logging_out_ends_the_sessions_access_tokens_too()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        (await _api.GetCurrentUserAsync(laptop.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        (await _api.LogoutAsync(laptop.RefreshToken)).ShouldHaveStatus(HttpStatusCode.NoContent);

        (await _api.GetCurrentUserAsync(laptop.AccessToken)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [Test]
    public async Task The_registration_token_belongs_to_no_session_and_keeps_working()
    {
        var registered = await _api.RegisterNewAsync(TestAccount.Named("alice"));

        var sessions = await SessionsOfAsync(registered);

        Assert.That(sessions, Is.Empty);
        (await _api.EndOtherSessionsAsync(registered.AccessToken)).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await _api.GetCurrentUserAsync(registered.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_session_endpoints_need_a_token()
    {
        (await _api.ListSessionsAsync(null)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        (await _api.EndOtherSessionsAsync(null)).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        (await _api.EndSessionAsync(null, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
    }

    [Test]
    public async Task Ending_ones_own_session_is_in_the_audit_trail()
    {
        var admin = await AdminSessions.AdminAsync();
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var phone = await _api.LoginFromAsync(account, Phone);
        var phoneSession = (await SessionsOfAsync(phone)).Single(session => session.Bool("current")).String("id");

        (await _api.EndSessionAsync(laptop.AccessToken, Guid.Parse(phoneSession))).ShouldHaveStatus(HttpStatusCode.NoContent);

        var entries = (await _api.AdminAuditAsync(admin.AccessToken, "?action=security.session.ended")).ShouldHaveStatus(HttpStatusCode.OK).Json.Array("entries");
        Assert.That(entries, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries[0].String("actorId"), Is.EqualTo(AdminSessions.IdOf(laptop).ToString()));
            Assert.That(entries[0].String("targetType"), Is.EqualTo("user"));
            Assert.That(entries[0].String("targetId"), Is.EqualTo(AdminSessions.IdOf(laptop).ToString()));
            Assert.That(entries[0].Object("details").String("sessionId"), Is.EqualTo(phoneSession));
        }
    }

    [Test]
    public async Task An_admin_lists_and_ends_a_users_sessions_audited_while_the_account_stays_active()
    {
        var admin = await AdminSessions.AdminAsync();
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var phone = await _api.LoginFromAsync(account, Phone);
        var userId = AdminSessions.IdOf(laptop);
        (await _api.GetCurrentUserAsync(phone.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);

        var listed = (await _api.AdminListSessionsAsync(admin.AccessToken, userId)).ShouldHaveStatus(HttpStatusCode.OK).Json.Array("sessions");
        (await _api.AdminEndSessionsAsync(admin.AccessToken, userId)).ShouldHaveStatus(HttpStatusCode.NoContent);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed.Select(session => session.String("userAgent")), Is.EquivalentTo(new[] { Laptop, Phone }));
            Assert.That(listed.Select(session => session.Bool("current")), Is.All.False, "none is the admin's");
            Assert.That((await _api.GetCurrentUserAsync(laptop.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.GetCurrentUserAsync(phone.AccessToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.RefreshAsync(laptop.RefreshToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.RefreshAsync(phone.RefreshToken)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await _api.AdminListSessionsAsync(admin.AccessToken, userId)).Json.Array("sessions"), Is.Empty);
        }

        var entries = (await _api.AdminAuditAsync(admin.AccessToken, "?action=security.sessions.ended_by_admin")).Json.Array("entries");
        Assert.That(entries, Has.Count.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries[0].String("actorId"), Is.EqualTo(AdminSessions.IdOf(admin).ToString()));
            Assert.That(entries[0].String("targetId"), Is.EqualTo(userId.ToString()));
            Assert.That(entries[0].Object("details").Int("endedSessions"), Is.EqualTo(2));
        }

        var again = await _api.LoginFromAsync(account, Laptop);
        (await _api.GetCurrentUserAsync(again.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_plain_user_is_refused_the_admin_session_endpoints_and_ends_nothing()
    {
        var account = TestAccount.Named("alice");
        await _api.RegisterNewAsync(account);
        var laptop = await _api.LoginFromAsync(account, Laptop);
        var victim = TestAccount.Named("victim");
        await _api.RegisterNewAsync(victim);
        var victimLaptop = await _api.LoginFromAsync(victim, Laptop);
        var victimId = AdminSessions.IdOf(victimLaptop);

        (await _api.AdminListSessionsAsync(laptop.AccessToken, victimId)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));
        (await _api.AdminEndSessionsAsync(laptop.AccessToken, victimId)).ShouldBeProblem(HttpStatusCode.Forbidden, Error("permission", "forbidden"));

        (await _api.GetCurrentUserAsync(victimLaptop.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_admin_cannot_end_his_own_sessions_there_nor_an_unknown_users()
    {
        var admin = await AdminSessions.AdminAsync();

        (await _api.AdminEndSessionsAsync(admin.AccessToken, AdminSessions.IdOf(admin))).ShouldBeProblem(HttpStatusCode.Forbidden, Error("user", "forbidden"));
        (await _api.AdminEndSessionsAsync(admin.AccessToken, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.NotFound, Error("user", "not found"));
        (await _api.AdminListSessionsAsync(admin.AccessToken, Guid.NewGuid())).ShouldBeProblem(HttpStatusCode.NotFound, Error("user", "not found"));
    }

    private static DateTimeOffset Timestamp(JsonElement session, string name) =>
        DateTimeOffset.Parse(session.String(name), System.Globalization.CultureInfo.InvariantCulture);

    private Task<IReadOnlyList<JsonElement>> SessionsOfAsync(UserSession session) => SessionsOfAsync(session.AccessToken);

    private async Task<IReadOnlyList<JsonElement>> SessionsOfAsync(string accessToken) =>
        (await _api.ListSessionsAsync(accessToken)).ShouldHaveStatus(HttpStatusCode.OK).Json.Array("sessions");
}
