using CleanBackend.Infrastructure.Caching;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.WebApi.FunctionalTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanBackend.WebApi.FunctionalTests.Hosting;

/// <summary>
/// Program.cs reads configuration while it registers services; these tests prove the factory's
/// overrides arrived in time, instead of the API quietly running on appsettings values.
/// </summary>
public sealed class ConfigurationOverrideTests : ApiTestBase
{
    [Test]
    public async Task The_api_writes_to_the_functional_test_database()
    {
        await Api.RegisterNewAsync(TestAccount.Named("alice"));

        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM identity.users WHERE username = 'alice'", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(1L));
    }

    [Test]
    public async Task The_api_signs_tokens_with_the_test_key_not_the_development_key()
    {
        var session = await Api.RegisterNewAsync(TestAccount.Named("alice"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await TestAccessTokens.IsSignedWithAsync(session.AccessToken, TestHostSettings.SigningKey), Is.True);
            Assert.That(await TestAccessTokens.IsSignedWithAsync(session.AccessToken, JwtOptions.DevelopmentSigningKey), Is.False);
        }
    }

    [Test]
    public void The_api_uses_the_redis_key_prefix_of_this_run()
    {
        var options = FunctionalTestEnvironment.Factory.Services.GetRequiredService<IOptions<RedisOptions>>().Value;

        Assert.That(options.KeyPrefix, Does.StartWith("cleanbackend-functional:"));
    }
}
