namespace CleanBackend.Application.Identity.Users;

/// <summary>
/// The Conduit "user" object: the account as its owner sees it, with a working access token.
/// </summary>
public record UserDto
{
    public string Email { get; init; } = string.Empty;

    public string Token { get; init; } = string.Empty;

    public string Username { get; init; } = string.Empty;

    public string? Bio { get; init; }

    public string? Image { get; init; }

    /// <summary>Whether the user receives newsletters (an extension of the Conduit user object).</summary>
    public bool Newsletter { get; init; }

    /// <summary>Whether the owner proved <see cref="Email"/> with a mailed link (an extension of the Conduit user object).</summary>
    public bool EmailVerified { get; init; }
}
