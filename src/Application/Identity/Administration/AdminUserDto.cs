using System.Text.Json;

namespace CleanBackend.Application.Identity.Administration;

/// <summary>A user as administrators see him (never his password hash or security stamp).</summary>
public sealed class AdminUserDto
{
    public Guid Id { get; init; }

    public string Username { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public string? Bio { get; init; }

    public string? Image { get; init; }

    /// <summary>Role names in ascending privilege: User, Moderator, Admin.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public bool Active { get; init; }

    /// <summary>The metadata object as stored.</summary>
    public JsonElement Metadata { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
