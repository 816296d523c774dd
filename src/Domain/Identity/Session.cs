namespace CleanBackend.Domain.Identity;

/// <summary>
/// One sign-in on one device: the family of refresh tokens rotated from one login, described for the user who
/// reviews his sessions. Its id is the family's <see cref="RefreshToken.FamilyId"/>. Whether it is still live is
/// the family's state (a token neither revoked nor expired), so every path that revokes tokens ends sessions too.
/// </summary>
public sealed class Session
{
    /// <summary>Longer user agents are cut: the text is shown to the user, not parsed.</summary>
    public const int UserAgentMaxLength = 256;

    /// <summary>An IPv6 address in text, IPv4-mapped form included, is at most 45 characters.</summary>
    public const int IpAddressMaxLength = 45;

    private Session()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The client's User-Agent at login, cut to <see cref="UserAgentMaxLength"/>; null when it sent none.</summary>
    public string? UserAgent { get; private set; }

    /// <summary>The client's address at login; null when the server could not tell.</summary>
    public string? IpAddress { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a refresh token of the session was last issued: at login, then at each refresh.</summary>
    public DateTimeOffset LastUsedAt { get; private set; }

    /// <summary>Describes the session <paramref name="firstToken"/> starts (see <see cref="RefreshToken.StartFamily"/>).</summary>
    public static Session Start(RefreshToken firstToken, string? userAgent, string? ipAddress) => new()
    {
        Id = firstToken.FamilyId,
        UserId = firstToken.UserId,
        UserAgent = Bounded(userAgent, UserAgentMaxLength),
        IpAddress = Bounded(ipAddress, IpAddressMaxLength),
        CreatedAt = firstToken.CreatedAt,
        LastUsedAt = firstToken.CreatedAt,
    };

    public void MarkUsed(DateTimeOffset now)
    {
        if (now > LastUsedAt)
        {
            LastUsedAt = now;
        }
    }

    private static string? Bounded(string? text, int maxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // Never cut a surrogate pair in half: PostgreSQL would refuse the unpaired half.
        var length = Math.Min(trimmed.Length, maxLength);
        if (length < trimmed.Length && char.IsHighSurrogate(trimmed[length - 1]))
        {
            length--;
        }

        return trimmed[..length];
    }
}
