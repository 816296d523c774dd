using System.Text.Json.Serialization;

namespace CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;

/// <summary>
/// The user object answered to an update. A password change ends every session and starts a new one for the
/// caller, so then it also carries that session's refresh token (a compatible extension, as on login);
/// otherwise the member is absent and the object is the plain Conduit one.
/// </summary>
public sealed record UpdatedUserDto : UserDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RefreshToken { get; init; }
}
