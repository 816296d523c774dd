using CleanBackend.Domain.Identity;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

internal static class TestUsers
{
    /// <summary>A registered user; the password hash is opaque to the persistence code, so any non-blank text does.</summary>
    public static User Register(string username, string? email = null) =>
        User.Register(username, email ?? $"{username}@example.com", "not-a-real-password-hash", DateTimeOffset.UtcNow);
}
