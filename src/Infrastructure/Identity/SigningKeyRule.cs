using System.Text;
using Microsoft.Extensions.Hosting;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>
/// What every configured HMAC signing key must satisfy before start-up goes on: enough bytes to resist guessing,
/// and never, outside Development, the key appsettings.Development.json ships with, which anyone can read.
/// </summary>
internal static class SigningKeyRule
{
    /// <summary>The key is used as its UTF-8 bytes; 32 bytes match the output of HMAC-SHA256.</summary>
    public const int MinimumBytes = 32;

    /// <summary>The reasons <paramref name="key"/>, configured as <paramref name="setting"/>, is refused; none when it is good.</summary>
    public static IEnumerable<string> Failures(string setting, string key, string developmentKey, IHostEnvironment environment)
    {
        if (Encoding.UTF8.GetByteCount(key) < MinimumBytes)
        {
            yield return $"{setting} must be at least {MinimumBytes} bytes.";
        }

        if (!environment.IsDevelopment() && key == developmentKey)
        {
            yield return $"{setting} is the development key, which is refused in the {environment.EnvironmentName} environment.";
        }
    }
}
