using System.Net;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.TestSupport;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Caching;

/// <summary>
/// Two API instances of one deployment: a session ended on <c>A</c> stops its access token on <c>B</c> within a
/// second, although <c>B</c> held the session in memory as live.
/// </summary>
public sealed class TwoInstanceSessionTests : ApiTestBase
{
    private static readonly TimeSpan RefusedWithin = TimeSpan.FromSeconds(1);

    private CacheTestHost _a = null!;
    private CacheTestHost _b = null!;

    [SetUp]
    public void StartInstances()
    {
        var settings = TestHostSettings.For(Database.ConnectionString);
        _a = CacheTestHost.Start(settings);
        _b = CacheTestHost.Start(settings);
    }

    [TearDown]
    public async Task StopInstancesAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Test]
    public async Task A_session_ended_on_one_instance_refuses_its_access_token_on_the_other_within_a_second()
    {
        var account = TestAccount.Named("alice");
        await _a.Api.Identity.RegisterNewAsync(account);
        var laptop = await _a.Api.Identity.LoginFromAsync(account, "Laptop/1.0");
        var phone = await _a.Api.Identity.LoginFromAsync(account, "Phone/1.0");
        (await _b.Api.Identity.GetCurrentUserAsync(phone.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
        var phoneSession = Guid.Parse(
            (await _a.Api.Identity.ListSessionsAsync(phone.AccessToken)).Json.Array("sessions").Single(session => session.Bool("current")).String("id"));
        Assert.That(_b.Memory.TryGet<Guid?>(SessionCacheKeys.For(phoneSession), out _), Is.True, "arrangement: B should hold the live session in memory");

        (await _a.Api.Identity.EndSessionAsync(laptop.AccessToken, phoneSession)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var status = HttpStatusCode.OK;
        var refused = await Polling.UntilAsync(
            async () =>
            {
                status = (await _b.Api.Identity.GetCurrentUserAsync(phone.AccessToken)).StatusCode;
                return status == HttpStatusCode.Unauthorized;
            },
            RefusedWithin);
        Assert.That(refused, Is.True, $"B still answered {status}");
        (await _b.Api.Identity.GetCurrentUserAsync(laptop.AccessToken)).ShouldHaveStatus(HttpStatusCode.OK);
    }
}
