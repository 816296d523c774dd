using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CleanBackend.WebApi.BrowserTests.Support;

/// <summary>
/// A tiny Kestrel server, separate from the API, serving one HTML page at <c>/</c> on several loopback ports: each
/// port is its own origin, so one server stands for a front end on an allowed origin and one on a refused origin.
/// </summary>
public sealed class StaticPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticPageServer(WebApplication app, IReadOnlyList<Uri> origins)
    {
        _app = app;
        Origins = origins;
    }

    /// <summary>One origin per port asked for, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public IReadOnlyList<Uri> Origins { get; }

    public static async Task<StaticPageServer> StartAsync(string html, int originCount)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        for (var i = 0; i < originCount; i++)
        {
            // Port 0: Kestrel picks a free port for each address, so no port is guessed.
            app.Urls.Add("http://127.0.0.1:0");
        }

        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();

        // Once started, the addresses are the bound ones, with the ports Kestrel picked.
        return new StaticPageServer(app, app.Urls.Select(address => new Uri(address)).ToList());
    }

    /// <summary>The page of an embedded resource of this assembly (see the project file).</summary>
    public static string EmbeddedPage(string name)
    {
        using var stream = typeof(StaticPageServer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
