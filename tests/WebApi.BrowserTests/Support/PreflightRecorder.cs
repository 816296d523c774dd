using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace CleanBackend.WebApi.BrowserTests.Support;

/// <summary>
/// The CORS preflights a page's browser sent and the answers it got, seen through Chromium's DevTools protocol
/// (Playwright's own request events leave preflights out).
/// </summary>
public sealed class PreflightRecorder
{
    private readonly ConcurrentQueue<PreflightAnswer> _answers = new();

    private PreflightRecorder()
    {
    }

    public IReadOnlyList<PreflightAnswer> Answers => _answers.ToList();

    public static async Task<PreflightRecorder> AttachAsync(IPage page)
    {
        var recorder = new PreflightRecorder();
        var session = await page.Context.NewCDPSessionAsync(page);
        session.Event("Network.responseReceived").OnEvent += (_, received) => recorder.Record(received);
        await session.SendAsync("Network.enable");
        return recorder;
    }

    private void Record(JsonElement? received)
    {
        if (received is not { } message || message.GetProperty("type").GetString() != "Preflight")
        {
            return;
        }

        var response = message.GetProperty("response");
        var headers = response.GetProperty("headers").EnumerateObject()
            .ToDictionary(header => header.Name, header => header.Value.GetString() ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        _answers.Enqueue(new PreflightAnswer(new Uri(response.GetProperty("url").GetString()!), response.GetProperty("status").GetInt32(), headers));
    }
}
