using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.Operations;
using Npgsql;

namespace CleanBackend.WebApi.FunctionalTests.Notifications;

/// <summary>
/// The worker sending a newsletter is killed (SIGKILL) mid-run, between two batches, or stopped with
/// SIGTERM; a second API process of the same Quartz cluster recovers or continues the job and
/// finishes it. Every recipient gets the newsletter exactly once: nothing sent twice, nothing skipped.
/// </summary>
[NonParallelizable]
public sealed class NewsletterWorkerKillTests
{
    private const int Readers = 40;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private TestDatabase _database = null!;
    private PrivateSmtpSink _sink = null!;
    private readonly List<ApiProcess> _processes = [];

    [OneTimeSetUp]
    public async Task CreateDatabaseAndSinkAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync($"cleanbackend_functional_kill_{Guid.NewGuid():N}"[..40]);
        _sink = await PrivateSmtpSink.StartNewAsync();
    }

    [OneTimeTearDown]
    public async Task DropDatabaseAndSinkAsync()
    {
        await _sink.DisposeAsync();
        await _database.DropAsync();
    }

    [SetUp]
    public Task ResetDatabaseAsync() => _database.ResetAsync();

    [TearDown]
    public async Task StopProcessesAsync()
    {
        foreach (var process in _processes)
        {
            if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Passed)
            {
                await TestContext.Out.WriteLineAsync(process.Output);
            }

            await process.DisposeAsync();
        }

        _processes.Clear();
    }

    [Test]
    public async Task A_worker_killed_between_batches_is_recovered_by_another_replica_and_no_recipient_gets_the_newsletter_twice()
    {
        var environment = Environment();
        var first = await StartAsync(environment);
        var (token, adminEmail) = await AdminTokenAsync(first);
        var readers = await SeedReadersAsync();
        var location = await SendNewsletterAsync(first, token);
        var newsletterId = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);

        await WaitUntilBetweenBatchesAsync(newsletterId);
        await first.KillAsync();
        var atKill = await StatusCountsAsync(newsletterId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(atKill.GetValueOrDefault("sent"), Is.GreaterThan(0).And.LessThan(Readers + 1), "killed mid-run");
            Assert.That(atKill.GetValueOrDefault("sending"), Is.Zero, "killed between batches, outside the at-least-once window");
        }

        await TestContext.Out.WriteLineAsync($"killed with {string.Join(", ", atKill.Select(pair => $"{pair.Key} {pair.Value}"))}");
        var second = await StartAsync(environment);
        var job = await WaitUntilFinishedAsync(second, token, location);
        await AssertEveryRecipientGotOneAsync(job, readers.Append(adminEmail));
    }

    [Test]
    public async Task A_worker_stopped_with_SIGTERM_hands_the_rest_back_and_another_replica_finishes_it()
    {
        var environment = Environment();
        var first = await StartAsync(environment);
        var (token, adminEmail) = await AdminTokenAsync(first);
        var readers = await SeedReadersAsync();
        var location = await SendNewsletterAsync(first, token);
        var newsletterId = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        Assert.That(await Polling.UntilAsync(async () => (await StatusCountsAsync(newsletterId)).GetValueOrDefault("sent") >= 8, Bound), Is.True);

        first.SendSigterm();
        Assert.That(await first.WaitForExitAsync(Bound), Is.True, "the API did not stop");
        var atStop = await StatusCountsAsync(newsletterId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ExitCode, Is.Zero);
            Assert.That(atStop.GetValueOrDefault("sending"), Is.Zero, "a stopping worker hands its claims back");
            Assert.That(atStop.GetValueOrDefault("pending"), Is.GreaterThan(0), "stopped mid-run");
        }

        var second = await StartAsync(environment);
        var job = await WaitUntilFinishedAsync(second, token, location);
        await AssertEveryRecipientGotOneAsync(job, readers.Append(adminEmail));
    }

    private async Task AssertEveryRecipientGotOneAsync(JsonElement job, IEnumerable<string> recipients)
    {
        var received = new Dictionary<string, int>();
        foreach (var recipient in recipients)
        {
            received[recipient] = (await _sink.Sink.NewslettersToAsync(recipient)).Count;
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("succeeded"));
            Assert.That(job.GetProperty("total").GetInt32(), Is.EqualTo(Readers + 1));
            Assert.That(job.GetProperty("sent").GetInt32(), Is.EqualTo(Readers + 1));
            Assert.That(job.GetProperty("failed").GetInt32(), Is.Zero);
            Assert.That(received.Where(pair => pair.Value != 1), Is.Empty, "recipients that did not get exactly one newsletter");
        }
    }

    private Dictionary<string, string> Environment()
    {
        var environment = RealProcessSettings.For(_database);
        environment["Smtp__Host"] = "127.0.0.1";
        environment["Smtp__Port"] = _sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["Smtp__FromAddress"] = "no-reply@cleanbackend.test";
        environment["Jobs__InstanceName"] = $"kill-{Guid.NewGuid():N}";
        environment["Jobs__IdleWaitTime"] = "00:00:01";
        environment["Jobs__ClusterCheckinInterval"] = "00:00:01";
        environment["Jobs__CheckinMisfireThreshold"] = "00:00:01";
        environment["Newsletters__BatchSize"] = "4";

        // Most of a run is spent pausing between batches, where the worker is killed.
        environment["Newsletters__BatchPause"] = "00:00:00.600";
        environment["Newsletters__SweepInterval"] = "00:00:02";
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        return environment;
    }

    private async Task<ApiProcess> StartAsync(Dictionary<string, string> environment)
    {
        var process = await ApiProcess.StartAsync(environment);
        _processes.Add(process);
        return process;
    }

    private async Task<(string Token, string Email)> AdminTokenAsync(ApiProcess api)
    {
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        var username = $"admin{Guid.NewGuid():N}"[..20];
        var email = MailSink.UniqueAddress("kill-admin");
        var user = new { username, email, password = "correct-horse-battery" };
        (await client.PostAsJsonAsync("/api/users", new { user })).EnsureSuccessStatusCode();
        await ExecuteAsync(
            "INSERT INTO identity.user_roles (user_id, role_id) SELECT id, 3 FROM identity.users WHERE username = @username",
            ("username", username));

        // Newsletters go to verified addresses only, and the admin is one of the recipients counted.
        await ExecuteAsync("UPDATE identity.users SET email_verified_at = now() WHERE username = @username", ("username", username));

        var login = await client.PostAsJsonAsync("/api/users/login", new { user = new { email, password = "correct-horse-battery" } });
        login.EnsureSuccessStatusCode();

        // The admin API requires an Admin's second factor, enabled here after the password login (which it would
        // otherwise turn into a challenge); its secret is never read.
        await ExecuteAsync(
            """
            INSERT INTO identity.mfa_enrolments (user_id, protected_secret, created_at, enabled_at)
            SELECT id, 'never-read', now(), now() FROM identity.users WHERE username = @username
            """,
            ("username", username));
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("user").GetProperty("token").GetString()!, email);
    }

    /// <summary>Verified readers inserted directly (one password hash would cost more than the whole test otherwise).</summary>
    private async Task<List<string>> SeedReadersAsync()
    {
        var emails = Enumerable.Range(1, Readers).Select(_ => MailSink.UniqueAddress("kill-reader")).ToList();
        await ExecuteAsync(
            """
            INSERT INTO identity.users (id, username, normalized_username, email, normalized_email, password_hash,
                                        is_active, metadata, security_stamp, created_at, updated_at, email_verified_at)
            SELECT gen_random_uuid(), 'reader' || n, 'READER' || n, e, upper(e), 'not-a-hash', true, '{}', gen_random_uuid(), now(), now(), now()
            FROM unnest(@emails) WITH ORDINALITY AS r(e, n)
            """,
            ("emails", emails.ToArray()));
        return emails;
    }

    private static async Task<string> SendNewsletterAsync(ApiProcess api, string token)
    {
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/newsletters")
        {
            Content = JsonContent.Create(new { subject = "Killed mid-run", htmlBody = "<p>Once</p>", textBody = "Once" }),
        };
        request.Headers.Authorization = new("Token", token);
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Some deliveries sent, none claimed, and the sent count still a moment later: the run is pausing between batches.</summary>
    private async Task WaitUntilBetweenBatchesAsync(Guid newsletterId)
    {
        var reached = await Polling.UntilAsync(
            async () =>
            {
                var before = await StatusCountsAsync(newsletterId);
                if (before.GetValueOrDefault("sent") < 8 || before.GetValueOrDefault("sending") > 0)
                {
                    return false;
                }

                await Task.Delay(100);
                var after = await StatusCountsAsync(newsletterId);
                return after.GetValueOrDefault("sending") == 0 && after.GetValueOrDefault("sent") == before.GetValueOrDefault("sent");
            },
            Bound);
        Assert.That(reached, Is.True, "the run never paused between batches with some deliveries sent");
    }

    private static async Task<JsonElement> WaitUntilFinishedAsync(ApiProcess api, string token, string location)
    {
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Token", token);
        JsonElement job = default;
        var finished = await Polling.UntilAsync(
            async () =>
            {
                using var document = JsonDocument.Parse(await client.GetStringAsync(location));
                job = document.RootElement.GetProperty("job").Clone();
                return job.GetProperty("state").GetString() is "succeeded" or "failed";
            },
            Bound);
        Assert.That(finished, Is.True, $"the second replica did not finish the newsletter: {job}");
        return job;
    }

    private async Task<Dictionary<string, long>> StatusCountsAsync(Guid newsletterId)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status, count(*) FROM notifications.newsletter_deliveries WHERE newsletter_id = @id GROUP BY status", connection);
        command.Parameters.AddWithValue("id", newsletterId);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
