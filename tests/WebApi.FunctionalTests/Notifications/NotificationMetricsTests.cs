using CleanBackend.TestSupport;
using CleanBackend.TestSupport.Mail;
using CleanBackend.TestSupport.Prometheus;
using CleanBackend.WebApi.FunctionalTests.Operations;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Notifications;

/// <summary>The job and e-mail counters on /metrics, after a registration made the outbox job send a welcome e-mail.</summary>
public sealed class NotificationMetricsTests : ApiTestBase
{
    [Test]
    public async Task A_sent_welcome_email_and_the_outbox_job_run_are_counted()
    {
        var before = await ScrapeAsync();
        var email = MailSink.UniqueAddress("metrics");
        await Api.RegisterNewAsync(new TestAccount("metrics_user", email, TestAccount.DefaultPassword));
        await MailSink.Shared.WaitForAsync(email);

        PrometheusExposition after = before;
        var counted = await Polling.UntilAsync(
            async () =>
            {
                after = await ScrapeAsync();
                return Value(after, "emails_sent_total", ("kind", "welcome"), ("result", "sent")) > Value(before, "emails_sent_total", ("kind", "welcome"), ("result", "sent"))
                    && Value(after, "jobs_total", ("job", "outbound-emails"), ("result", "succeeded")) > Value(before, "jobs_total", ("job", "outbound-emails"), ("result", "succeeded"));
            },
            TimeSpan.FromSeconds(15));

        Assert.That(counted, Is.True, string.Join(Environment.NewLine, after.Lines.Where(line => line.Contains("emails_sent_total", StringComparison.Ordinal) || line.Contains("jobs_total", StringComparison.Ordinal))));
        Assert.That(after.Types, Does.ContainKey("emails_sent_total").And.ContainKey("jobs_total"));
    }

    private static double Value(PrometheusExposition scrape, string name, params (string Name, string Value)[] labels) =>
        scrape.SamplesNamed(name).Where(sample => sample.HasLabels(labels)).Sum(sample => sample.Value);

    private static async Task<PrometheusExposition> ScrapeAsync()
    {
        using var client = FunctionalTestEnvironment.Factory.CreateClient();
        return (await MetricsScrape.GetAsync(client)).Exposition;
    }
}
