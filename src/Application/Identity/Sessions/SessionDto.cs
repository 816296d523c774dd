namespace CleanBackend.Application.Identity.Sessions;

/// <summary>One live session as its owner (or an administrator) sees it.</summary>
public sealed record SessionDto
{
    public Guid Id { get; init; }

    public string? UserAgent { get; init; }

    public string? Ip { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastUsedAt { get; init; }

    /// <summary>Whether the caller's access token belongs to this session.</summary>
    public bool Current { get; init; }
}
