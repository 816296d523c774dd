using CleanBackend.TestSupport.Mail;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Notifications;

/// <summary>Registering sends a welcome e-mail through the outbox and the job, into the real SMTP sink.</summary>
public sealed class WelcomeEmailTests : ApiTestBase
{
    [Test]
    public async Task Registering_sends_a_welcome_email_to_the_new_address()
    {
        var email = MailSink.UniqueAddress("welcome");
        await Api.RegisterNewAsync(new TestAccount("Jerome_W", email, TestAccount.DefaultPassword));

        var mail = (await MailSink.Shared.WaitForAsync(email)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mail.Subject, Is.EqualTo("Welcome to Conduit, Jerome_W"));
            Assert.That(mail.MessageId, Does.Match(@"^<welcome\.[0-9a-f]{32}@cleanbackend\.test>$"));
            Assert.That(mail.Text, Does.Contain("Hello Jerome_W,"));
            Assert.That(mail.Html, Does.Contain("Hello Jerome_W,"));
            Assert.That(mail.RcptTos, Is.EqualTo(new[] { email }));
        }

        var sent = await TestSupport.Polling.UntilAsync(
            async () => (await OutboxStatusesAsync(email)).SequenceEqual(["sent"]),
            TimeSpan.FromSeconds(10));
        Assert.That(sent, Is.True, "the outbox row is marked sent");
    }

    [Test]
    public async Task A_registration_that_fails_queues_no_email()
    {
        await Api.RegisterNewAsync(TestAccount.Named("taken"));
        var email = MailSink.UniqueAddress("duplicate");

        var response = await Api.RegisterAsync(new TestAccount("taken", email, TestAccount.DefaultPassword));

        Assert.That((int)response.StatusCode, Is.EqualTo(409));
        Assert.That(await OutboxStatusesAsync(email), Is.Empty, "the outbox row was rolled back with the user");
    }

    private static async Task<List<string>> OutboxStatusesAsync(string recipient)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT status FROM notifications.outbound_emails WHERE recipient = @recipient", connection);
        command.Parameters.AddWithValue("recipient", recipient);
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new List<string>();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }

        return statuses;
    }
}
