using CleanBackend.Domain.Identity;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>Staff accounts for the admin tests, made like <see cref="TestUsers"/> (no HTTP registration).</summary>
public static class AdminSessions
{
    public static Task<UserSession> AdminAsync(string username = "boss") => TestUsers.CreateAsync(username, Role.Moderator, Role.Admin);

    public static Task<UserSession> ModeratorAsync(string username = "mod") => TestUsers.CreateAsync(username, Role.Moderator);

    public static Guid IdOf(UserSession session) => Guid.Parse(TestAccessTokens.SubjectOf(session.AccessToken));
}
