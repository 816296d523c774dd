using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;

namespace CleanBackend.WebApi.BrowserTests.Support;

/// <summary>
/// A test driving <see cref="SystemChromium"/>: the browser is launched once per NUnit worker and kept across
/// tests (Playwright's worker services relaunch it after a failed test), each test gets a fresh context.
/// </summary>
public abstract class SystemChromiumTest : PlaywrightTest
{
    public IBrowser Browser { get; private set; } = null!;

    [SetUp]
    public async Task LaunchSystemChromiumAsync()
    {
        var service = await RegisterService(nameof(SystemChromium), BrowserService.LaunchAsync(Playwright));
        Browser = service.Browser;
    }

    private sealed class BrowserService(IBrowser browser) : IWorkerService
    {
        public IBrowser Browser { get; } = browser;

        public static Func<Task<BrowserService>> LaunchAsync(IPlaywright playwright) =>
            async () => new BrowserService(await playwright.Chromium.LaunchAsync(SystemChromium.LaunchOptions()));

        public Task ResetAsync() => Task.CompletedTask;

        public Task DisposeAsync() => Browser.CloseAsync();
    }
}
