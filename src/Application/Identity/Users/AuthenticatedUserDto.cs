namespace CleanBackend.Application.Identity.Users;

/// <summary>The user object returned by login and refresh: it also carries the refresh token of the session.</summary>
public sealed record AuthenticatedUserDto : UserDto
{
    public string RefreshToken { get; init; } = string.Empty;
}
