namespace CleanBackend.WebApi.BrowserTests.Support;

/// <summary>One request as the API logged it.</summary>
public sealed record ApiRequestLine(string Method, string Route, int StatusCode, string? CorrelationId);
