namespace CleanBackend.WebApi.BrowserTests.Support;

/// <summary>The answer to one CORS preflight, as the browser received it.</summary>
public sealed record PreflightAnswer(Uri Url, int Status, IReadOnlyDictionary<string, string> Headers);
