using System.ComponentModel.DataAnnotations;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Mfa;

/// <summary>The Identity:Mfa section: the TOTP second factor, who must have one, and how long a login waits for it.</summary>
public sealed class MfaOptions
{
    public const string SectionName = "Identity:Mfa";

    /// <summary>The issuer authenticator apps show next to the account (the otpauth URI's <c>issuer</c>).</summary>
    [Required]
    public string Issuer { get; set; } = "CleanBackend";

    /// <summary>
    /// Comma-separated roles whose holders must have a second factor before they may use the admin API; empty for
    /// nobody. An environment variable set to the empty string (<c>Identity__Mfa__RequiredForRoles=</c>) empties it.
    /// </summary>
    public string RequiredForRoles { get; set; } = $"{RoleName.Admin},{RoleName.Moderator}";

    /// <summary>How long the challenge token of a password login may be exchanged for a session with a code.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Codes of this many 30-second steps before or after the server's clock are accepted too.</summary>
    [Range(0, 10)]
    public int AllowedClockDriftSteps { get; set; } = 1;

    /// <summary>How long whether a user has a second factor may be served from the cache; changes evict it at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan StatusCacheDuration { get; set; } = TimeSpan.FromSeconds(15);

    public IReadOnlyList<string> RequiredRoleNames =>
        RequiredForRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool RequiresMfa(IEnumerable<string> roles) =>
        roles.Any(role => RequiredRoleNames.Contains(role, StringComparer.OrdinalIgnoreCase));
}
