namespace CleanBackend.Application.Common.Security;

public interface ICurrentUser
{
    /// <summary>The authenticated user's id, or null for an anonymous caller.</summary>
    Guid? UserId { get; }

    /// <summary>The session (refresh-token family) the caller's access token was issued for; null without one.</summary>
    Guid? SessionId { get; }

    /// <summary>The access token the caller presented, so that reads can hand it back unchanged.</summary>
    string? AccessToken { get; }

    bool IsInRole(string role);
}
