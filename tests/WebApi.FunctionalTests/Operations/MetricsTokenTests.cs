using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>With Metrics:Token set, /metrics answers only a scraper that sends it as a bearer token.</summary>
public sealed class MetricsTokenTests
{
    private const string Token = "scrape-token-for-the-functional-tests";

    private CleanBackendApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        var settings = TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString);
        settings["Metrics:Token"] = Token;
        _factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, settings);
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task Without_a_token_the_scrape_is_refused()
    {
        var scrape = await MetricsScrape.GetAsync(_client);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(scrape.Body, Does.Not.Contain("http_requests_total"));
        }
    }

    [TestCase("wrong-token", TestName = "A wrong bearer token is refused")]
    [TestCase(Token + "x", TestName = "A bearer token with the right prefix is refused")]
    [TestCase("scrape-token", TestName = "A bearer token that is a prefix of the right one is refused")]
    public async Task A_wrong_token_is_refused(string token)
    {
        var scrape = await MetricsScrape.GetAsync(_client, token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(scrape.Body, Does.Not.Contain("http_requests_total"));
        }
    }

    [Test]
    public async Task The_right_token_gets_the_metrics()
    {
        await _client.GetAsync("/health/live");

        var scrape = await MetricsScrape.GetAsync(_client, Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(scrape.Exposition.Types.Keys, Does.Contain("http_requests_total"));
        }
    }

    [Test]
    public async Task The_token_does_not_guard_the_api_itself()
    {
        using var response = await _client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
