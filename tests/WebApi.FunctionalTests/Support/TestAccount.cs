namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>The credentials a test registers with.</summary>
public sealed record TestAccount(string Username, string Email, string Password)
{
    public const string DefaultPassword = "correct-horse-battery";

    public static TestAccount Named(string username) => new(username, $"{username}@example.com", DefaultPassword);
}
