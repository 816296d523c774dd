using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// Users for tests about what users do rather than how they sign up. Registering over HTTP costs a
/// deliberately slow password hash per user, which dominates tests that need several users; here the
/// API's own services create the same User aggregate (roles included), store it with the API's own
/// DbContext and issue a real access token, while the hash of the default password is computed once.
/// The Identity tests and the end-to-end flow register over HTTP.
/// </summary>
public static class TestUsers
{
    private static readonly SemaphoreSlim HashLock = new(1, 1);
    private static string? _defaultPasswordHash;

    /// <summary>A registered, active user <c>{username}@example.com</c> with the default password, and an access token.</summary>
    public static Task<UserSession> CreateAsync(string username) => CreateAsync(username, []);

    /// <summary>As <see cref="CreateAsync(string)"/>, holding <paramref name="roles"/> too (so his token carries them).</summary>
    public static async Task<UserSession> CreateAsync(string username, params Role[] roles)
    {
        var account = TestAccount.Named(username);
        await using var scope = FunctionalTestEnvironment.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        var user = User.Register(
            account.Username,
            account.Email,
            await DefaultPasswordHashAsync(services),
            services.GetRequiredService<TimeProvider>().GetUtcNow());
        foreach (var role in roles)
        {
            user.GrantRole(role, user.CreatedAt);
        }

        var dbContext = services.GetRequiredService<ApplicationDbContext>();
        dbContext.Add(user);
        await dbContext.SaveChangesAsync();

        return new UserSession(account, services.GetRequiredService<ITokenService>().CreateAccessToken(user, sessionId: null), null);
    }

    /// <summary>Creates <paramref name="count"/> users named <c>{prefix}1</c> … <c>{prefix}{count}</c>.</summary>
    public static async Task<IReadOnlyList<UserSession>> CreateManyAsync(string prefix, int count)
    {
        var users = new List<UserSession>(count);
        for (var index = 1; index <= count; index++)
        {
            users.Add(await CreateAsync($"{prefix}{index}"));
        }

        return users;
    }

    private static async Task<string> DefaultPasswordHashAsync(IServiceProvider services)
    {
        if (_defaultPasswordHash is { } hash)
        {
            return hash;
        }

        await HashLock.WaitAsync();
        try
        {
            return _defaultPasswordHash ??= services.GetRequiredService<IPasswordHasher>().Hash(TestAccount.DefaultPassword);
        }
        finally
        {
            HashLock.Release();
        }
    }
}
