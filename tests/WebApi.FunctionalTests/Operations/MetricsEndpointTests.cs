using System.Net;
using CleanBackend.TestSupport.Prometheus;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// GET /metrics of the shared API after real requests. Counters are cumulative over the whole test
/// run, so tests assert on the series their own requests create (unique usernames and paths), not on totals.
/// cache_requests_total is not asserted here: no endpoint reads through the cache yet, and a family
/// without series is not written; CacheMetricsTests (integration) prove it from the cache service on.
/// </summary>
public sealed class MetricsEndpointTests : ApiTestBase
{
    private const string ProfileRoute = "api/profiles/{username}";

    [Test]
    public async Task The_scrape_is_the_Prometheus_text_format_0_0_4_and_well_formed()
    {
        await Api.GetAsync("/health/live");

        using var client = FunctionalTestEnvironment.Factory.CreateClient();
        var scrape = await MetricsScrape.GetAsync(client);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(scrape.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(scrape.ContentType?.Parameters.SingleOrDefault(parameter => parameter.Name == "version")?.Value, Is.EqualTo("0.0.4"));
            Assert.That(() => scrape.Exposition, Throws.Nothing, "the strict parser accepts the whole scrape");
        }

        var exposition = scrape.Exposition;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exposition.Help.Keys, Is.EquivalentTo(exposition.Types.Keys), "every family has one HELP and one TYPE line");
            Assert.That(exposition.Types.Where(family => family.Value == "counter").Select(family => family.Key), Has.All.EndsWith("_total"));
            Assert.That(exposition.Types.Where(family => family.Value != "counter").Select(family => family.Key), Has.None.EndsWith("_total"), "only counters end in _total");
        }
    }

    [Test]
    public async Task Requests_are_counted_by_method_route_template_and_status()
    {
        var username = UniqueName("alice");
        await Api.RegisterNewAsync(TestAccount.Named(username));
        (await Api.GetAsync($"/api/profiles/{username}")).ShouldHaveStatus(HttpStatusCode.OK);

        var requests = (await ScrapeAsync()).SamplesNamed("http_requests_total");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests, Has.Some.Matches<PrometheusSample>(sample =>
                sample.HasLabels(("method", "GET"), ("route", ProfileRoute), ("status", "200")) && sample.Value >= 1));
            Assert.That(requests, Has.Some.Matches<PrometheusSample>(sample =>
                sample.HasLabels(("method", "POST"), ("route", "api/users"), ("status", "201")) && sample.Value >= 1));
            Assert.That(requests.Select(sample => sample.Labels.Keys.Order().ToArray()), Has.All.EqualTo(new[] { "method", "route", "status" }));
            Assert.That(requests.Select(sample => sample.Label("route")), Has.None.Contains(username), "the raw path must never become a label value");
        }
    }

    [Test]
    public async Task Paths_that_match_no_endpoint_share_the_route_unmatched()
    {
        var junk = UniqueName("junk");
        (await Api.GetAsync($"/{junk}/anything")).ShouldHaveStatus(HttpStatusCode.NotFound);
        (await Api.GetAsync($"/wp-admin/{junk}.php")).ShouldHaveStatus(HttpStatusCode.NotFound);

        var requests = (await ScrapeAsync()).SamplesNamed("http_requests_total");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests, Has.Some.Matches<PrometheusSample>(sample =>
                sample.HasLabels(("method", "GET"), ("route", "unmatched"), ("status", "404")) && sample.Value >= 2));
            Assert.That(requests.Select(sample => sample.Label("route")), Has.None.Contains(junk));
        }
    }

    /// <summary>
    /// A handler that fails (here NotFoundException → 404) is answered by the exception handler, which
    /// clears the endpoint before it writes the problem. The request still matched its route, and the
    /// 4xx/5xx rate per route is what an operator alerts on, so it must not be counted as "unmatched".
    /// </summary>
    [Test]
    public async Task A_request_whose_handler_fails_is_still_counted_under_its_route_template()
    {
        var nobody = UniqueName("nobody");
        (await Api.GetAsync($"/api/profiles/{nobody}")).ShouldHaveStatus(HttpStatusCode.NotFound);
        (await Api.GetAsync("/test/boom")).ShouldHaveStatus(HttpStatusCode.InternalServerError);

        var requests = (await ScrapeAsync()).SamplesNamed("http_requests_total");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requests, Has.Some.Matches<PrometheusSample>(sample =>
                sample.HasLabels(("method", "GET"), ("route", ProfileRoute), ("status", "404"))), "the 404 of a missing profile");
            Assert.That(requests, Has.Some.Matches<PrometheusSample>(sample =>
                sample.HasLabels(("method", "GET"), ("route", "test/boom"), ("status", "500"))), "the 500 of a throwing action");
        }
    }

    [Test]
    public async Task Request_durations_are_a_histogram_by_method_and_route()
    {
        var username = UniqueName("timed");
        await Api.RegisterNewAsync(TestAccount.Named(username));
        await Api.GetAsync($"/api/profiles/{username}");

        var scrape = await ScrapeAsync();
        bool IsProfileGet(PrometheusSample sample) => sample.HasLabels(("method", "GET"), ("route", ProfileRoute));
        var buckets = scrape.SamplesNamed("http_request_duration_seconds_bucket").Where(IsProfileGet).ToList();
        var sum = scrape.SamplesNamed("http_request_duration_seconds_sum").Where(IsProfileGet).ToList();
        var count = scrape.SamplesNamed("http_request_duration_seconds_count").Where(IsProfileGet).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Types["http_request_duration_seconds"], Is.EqualTo("histogram"));
            Assert.That(buckets, Is.Not.Empty);
            Assert.That(sum, Has.Count.EqualTo(1));
            Assert.That(count, Has.Count.EqualTo(1));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(buckets.Select(bucket => PrometheusExposition.ParseValue(bucket.Label("le")!)), Is.Ordered.Ascending.And.Unique);
            Assert.That(buckets.Select(bucket => bucket.Value), Is.Ordered.Ascending, "buckets are cumulative");
            Assert.That(buckets[^1].Label("le"), Is.EqualTo("+Inf"));
            Assert.That(buckets[^1].Value, Is.EqualTo(count[0].Value).And.AtLeast(1));
            Assert.That(sum[0].Value, Is.GreaterThan(0));
            Assert.That(scrape.SamplesNamed("http_request_duration_seconds_count").Select(sample => sample.Label("status")), Has.All.Null, "no status label: durations are by method and route");
        }
    }

    [Test]
    public async Task Requests_in_flight_are_a_gauge_that_counts_the_scrape_itself()
    {
        var scrape = await ScrapeAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scrape.Types["http_requests_in_flight"], Is.EqualTo("gauge"));
            Assert.That(scrape.SamplesNamed("http_requests_in_flight").Single().Value, Is.GreaterThanOrEqualTo(1));
        }
    }

    [Test]
    public async Task Npgsql_and_dotnet_runtime_metrics_are_exported()
    {
        await Api.RegisterNewAsync(TestAccount.Named(UniqueName("db")));

        var families = (await ScrapeAsync()).Types.Keys.ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(families, Has.Some.StartsWith("db_client_"), "Npgsql's meter");
            Assert.That(families, Has.Some.StartsWith("db_client_connection"), "the connection pool");
            Assert.That(families, Has.Some.StartsWith("db_client_operation"), "the commands");
            Assert.That(families, Has.Some.StartsWith("dotnet_gc_"), "GC");
            Assert.That(families, Has.Some.StartsWith("dotnet_thread_pool_"), "thread pool");
            Assert.That(families, Does.Contain("dotnet_process_memory_working_set_bytes"), "memory");
        }
    }

    private static async Task<PrometheusExposition> ScrapeAsync()
    {
        using var client = FunctionalTestEnvironment.Factory.CreateClient();
        var scrape = await MetricsScrape.GetAsync(client);
        Assert.That(scrape.StatusCode, Is.EqualTo(HttpStatusCode.OK), scrape.Body);
        return scrape.Exposition;
    }

    private static string UniqueName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..20];
}
