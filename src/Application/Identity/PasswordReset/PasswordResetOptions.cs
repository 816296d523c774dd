using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Application.Identity.PasswordReset;

/// <summary>The <c>Identity:PasswordReset</c> section: how long a reset link works and how often one address may ask for one.</summary>
public sealed class PasswordResetOptions
{
    public const string SectionName = "Identity:PasswordReset";

    /// <summary>How long a mailed reset link can be used (once).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Requests per address and <see cref="RequestWindow"/>; more are refused with 429, known address or not.</summary>
    [Range(1, int.MaxValue)]
    public int RequestsPerAddress { get; set; } = 3;

    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(15);

    public bool IsValid => TokenLifetime > TimeSpan.Zero && RequestWindow > TimeSpan.Zero;
}
