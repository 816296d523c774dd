using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.UnitTests.Support;

internal static class TestUsers
{
    public static User Register(string username = "JohnDoe", string email = "john.doe@example.com", string passwordHash = "stored-hash") =>
        User.Register(username, email, passwordHash, FakeClock.DefaultStart.AddDays(-30));
}
