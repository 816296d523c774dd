namespace CleanBackend.Application.Social.Contracts;

/// <summary>The Conduit "profile" object: a user as another user (the viewer) sees them.</summary>
public sealed class ProfileDto
{
    public string Username { get; init; } = string.Empty;

    public string? Bio { get; init; }

    public string? Image { get; init; }

    /// <summary>Whether the viewer follows this user; false for anonymous viewers.</summary>
    public bool Following { get; init; }
}
