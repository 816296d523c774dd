using System.Globalization;
using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Notifications;

/// <summary>
/// An API whose mail server is not there yet: registration still succeeds, the welcome e-mail waits in the outbox,
/// and it arrives once the server is up. A database of its own, so the shared host's job cannot send it elsewhere.
/// </summary>
public sealed class WelcomeEmailWhileSmtpIsDownTests
{
    private TestDatabase _database = null!;
    private PrivateSmtpSink _sink = null!;
    private CleanBackendApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync($"cleanbackend_smtpdown_{Guid.NewGuid():N}"[..32]);
        _sink = PrivateSmtpSink.Create();
        var settings = TestHostSettings.For(_database.ConnectionString);
        settings["Smtp:Port"] = _sink.Port.ToString(CultureInfo.InvariantCulture);
        settings["Smtp:Timeout"] = "00:00:05";
        settings["Jobs:OutboundEmails:Interval"] = "00:00:01";
        settings["Notifications:Outbox:RetryBaseDelay"] = "00:00:00.200";
        settings["Notifications:Outbox:RetryMaxDelay"] = "00:00:01";
        settings["Notifications:Outbox:MaxAttempts"] = "1000";
        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _factory.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await _sink.DisposeAsync();
        await _database.DropAsync();
    }

    [Test]
    public async Task Registration_succeeds_while_smtp_is_down_and_the_mail_arrives_once_it_is_back()
    {
        using var api = new ConduitApiClient(_factory.CreateClient());
        var email = MailSink.UniqueAddress("down");

        await api.RegisterNewAsync(new TestAccount("patient", email, TestAccount.DefaultPassword));

        // The job has tried (and failed) at least once before the server comes up.
        var tried = await Polling.UntilAsync(
            async () => await ScalarAsync($"SELECT count(*) FROM notifications.outbound_emails WHERE recipient = '{email}' AND status = 'pending' AND attempts >= 1 AND last_error IS NOT NULL") == 1,
            TimeSpan.FromSeconds(30));
        Assert.That(tried, Is.True, "the welcome e-mail should be pending with a failed attempt while SMTP is down");

        await _sink.StartAsync();

        var mail = (await _sink.Sink.WaitForAsync(email)).Single();
        Assert.That(mail.Subject, Is.EqualTo("Welcome to Conduit, patient"));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
