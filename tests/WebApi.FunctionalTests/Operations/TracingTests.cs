using System.Text;
using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, the spans of a request reach an OTLP/HTTP collector. The
/// exporter reads the process environment, so this fixture sets and restores it and never runs
/// beside another one.
/// </summary>
[NonParallelizable]
public sealed class TracingTests
{
    private const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string ProtocolVariable = "OTEL_EXPORTER_OTLP_PROTOCOL";

    private FakeOtlpCollector _collector = null!;
    private string? _previousEndpoint;
    private string? _previousProtocol;

    [SetUp]
    public void PointTheExporterAtACollector()
    {
        _collector = new FakeOtlpCollector();
        _previousEndpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        _previousProtocol = Environment.GetEnvironmentVariable(ProtocolVariable);
        Environment.SetEnvironmentVariable(EndpointVariable, _collector.Endpoint);
        Environment.SetEnvironmentVariable(ProtocolVariable, "http/protobuf");
    }

    [TearDown]
    public void RestoreTheEnvironment()
    {
        Environment.SetEnvironmentVariable(EndpointVariable, _previousEndpoint);
        Environment.SetEnvironmentVariable(ProtocolVariable, _previousProtocol);
        _collector.Dispose();
    }

    [Test]
    public async Task A_request_is_exported_with_its_ASP_NET_Core_application_and_Npgsql_spans_in_one_trace()
    {
        var username = $"traced{Guid.NewGuid():N}"[..20];
        await using (var factory = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, TestHostSettings.For(FunctionalTestEnvironment.Database.ConnectionString)))
        {
            Assert.That(factory.Services.GetService<TracerProvider>(), Is.Not.Null, "arrangement: tracing is on");
            using var api = new ConduitApiClient(factory.CreateClient());
            await api.RegisterNewAsync(TestAccount.Named(username));

            // Disposing the host disposes the tracer provider, which flushes the queued spans.
        }

        // The factory returns from DisposeAsync while Program.Main is still disposing the app (and with it
        // the tracer provider, whose disposal flushes), so the export may arrive a moment later.
        Assert.That(await _collector.WaitForFirstRequestAsync(TimeSpan.FromSeconds(15)), Is.True, "the collector received no request");
        var exports = _collector.Requests.Where(request => request.Path == "/v1/traces").ToList();
        Assert.That(exports, Is.Not.Empty, "the collector received no trace export");
        var raw = exports.SelectMany(export => export.Body).ToArray();
        var spans = exports.SelectMany(export => OtlpTraceReader.ReadSpans(export.Body)).ToList();
        var command = spans.FirstOrDefault(span => span.Name == "RegisterUserCommand");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exports.Select(export => export.ContentType), Has.All.EqualTo("application/x-protobuf"));
            Assert.That(Contains(raw, "RegisterUserCommand"), Is.True, "the payload names the application's span");
            Assert.That(command, Is.Not.Null, $"spans received: {string.Join(", ", spans.Select(span => $"{span.Scope}/{span.Name}"))}");
            Assert.That(spans.Select(span => span.ServiceName).Distinct(), Is.EqualTo(new[] { "cleanbackend" }));
        }

        var trace = spans.Where(span => span.TraceId == command!.TraceId).ToList();
        var server = trace.SingleOrDefault(span => span.Scope == "Microsoft.AspNetCore");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(command!.Scope, Is.EqualTo("CleanBackend.Application"));
            Assert.That(server, Is.Not.Null, "the ASP.NET Core request span is in the same trace");
            Assert.That(trace.Where(span => span.Scope == "Npgsql"), Is.Not.Empty, "the insert's Npgsql span is in the same trace");
            Assert.That(server?.ParentSpanId, Is.Empty, "the request span is the root");
            Assert.That(trace.Select(span => span.SpanId), Has.Some.EqualTo(command.ParentSpanId), "the command span hangs below a span of its request");
        }
    }

    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
