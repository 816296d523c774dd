using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Contracts;

public static class Usernames
{
    /// <summary>The form in which usernames are compared (they are unique regardless of case).</summary>
    public static string Normalize(string username) => UsernameRules.Normalize(username);
}
