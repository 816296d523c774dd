using Microsoft.Playwright;

namespace CleanBackend.WebApi.BrowserTests.Support;

/// <summary>
/// The Chromium the machine has (Debian's <c>chromium</c>, installed by <c>scripts/services.sh up</c>), launched
/// through Playwright's driver, which ships inside the NuGet package: no browser is ever downloaded, so
/// <c>playwright install</c> is never needed.
/// </summary>
public static class SystemChromium
{
    /// <summary>Points the tests at another Chromium build (the same variable scripts/services.sh reads).</summary>
    public const string ExecutablePathVariable = "CLEANBACKEND_CHROMIUM";

    public const string DefaultExecutablePath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(ExecutablePathVariable) is { Length: > 0 } configured ? configured : DefaultExecutablePath;

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"No Chromium at {ExecutablePath}: run scripts/services.sh up (as root it installs Debian's chromium), or set {ExecutablePathVariable}.");
        }

        return new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                // Chromium's sandbox cannot start as root, which is how CI runs.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",

                // Nothing but the pages under test may reach the network.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        };
    }
}
