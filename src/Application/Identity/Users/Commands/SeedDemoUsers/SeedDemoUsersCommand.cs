using System.Text;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.SeedDemoUsers;

/// <summary>
/// Creates demo users <c>demo1</c> … <c>demo{Count}</c> (<c>demoN@demo.cleanbackend.local</c>, all with
/// <see cref="Password"/>) for trying out the admin API and newsletters; run by <c>seed --users N</c>,
/// never over HTTP. Existing demo users are kept, so running it again tops the set up.
/// </summary>
public sealed record SeedDemoUsersCommand : ICommand<int>
{
    public const string EmailDomain = "demo.cleanbackend.local";
    public const int MaxCount = 100_000;

    public int Count { get; init; }

    public string? Password { get; init; }

    public static string UsernameOf(int number) => $"demo{number}";

    /// <summary>
    /// Every 25th demo user is on the "pro" plan, the rest on "free": a selective value for trying the
    /// admin list's metadata filter (<c>metadata={"plan":"pro"}</c>) and its GIN index.
    /// </summary>
    public static string MetadataOf(int number) =>
        $$"""{"demo": true, "plan": "{{(number % 25 == 0 ? "pro" : "free")}}"}""";

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Count = {Count}, Password = ***");
        return true;
    }
}
