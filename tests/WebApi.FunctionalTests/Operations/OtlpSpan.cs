namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>A span as an OTLP export carries it, reduced to what the tests look at.</summary>
public sealed record OtlpSpan(string ServiceName, string Scope, string Name, string TraceId, string SpanId, string ParentSpanId);
