using CleanBackend.Domain.Identity;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// Staff accounts for the admin tests, made like <see cref="TestUsers"/> (no HTTP registration), each with the
/// second factor that the admin API requires of Admins and Moderators already enabled.
/// </summary>
public static class AdminSessions
{
    public static Task<UserSession> AdminAsync(string username = "boss") => WithMfaAsync(TestUsers.CreateAsync(username, Role.Moderator, Role.Admin));

    public static Task<UserSession> ModeratorAsync(string username = "mod") => WithMfaAsync(TestUsers.CreateAsync(username, Role.Moderator));

    public static Guid IdOf(UserSession session) => Guid.Parse(TestAccessTokens.SubjectOf(session.AccessToken));

    private static async Task<UserSession> WithMfaAsync(Task<UserSession> created)
    {
        var session = await created;
        await TestMfa.EnableAsync(IdOf(session));
        return session;
    }
}
