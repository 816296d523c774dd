using CleanBackend.Domain.Identity;

namespace CleanBackend.Domain.UnitTests.Identity;

internal static class TestUsers
{
    public static readonly DateTimeOffset RegisteredAt = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Later = RegisteredAt.AddHours(3);

    public static User Register(string username = "JohnDoe", string email = "john.doe@example.com", string passwordHash = "hash-1") =>
        User.Register(username, email, passwordHash, RegisteredAt);
}
