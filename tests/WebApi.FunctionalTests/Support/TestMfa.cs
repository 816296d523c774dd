using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// The second factor for tests about something else (the admin API requires it of Admins and Moderators): an
/// enabled enrolment stored with the API's own services, as confirming one over HTTP would leave it. The MFA tests
/// themselves enrol over HTTP.
/// </summary>
public static class TestMfa
{
    /// <summary>Enables a second factor for <paramref name="userId"/> and returns its base32 secret.</summary>
    public static async Task<string> EnableAsync(Guid userId)
    {
        await using var scope = FunctionalTestEnvironment.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var secret = services.GetRequiredService<ITotpAuthenticator>().GenerateSecret();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var enrolment = MfaEnrolment.Start(userId, services.GetRequiredService<IMfaSecretProtector>().Protect(userId, secret), now);
        enrolment.Confirm(timeStep: 0, recoveryCodeHashes: [], now);
        var dbContext = services.GetRequiredService<ApplicationDbContext>();
        dbContext.Add(enrolment);
        await dbContext.SaveChangesAsync();
        return secret;
    }

    /// <summary>The code an authenticator app shows for <paramref name="secret"/> at <paramref name="time"/>.</summary>
    public static string CodeAt(string secret, DateTimeOffset time) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(time.UtcDateTime);
}
