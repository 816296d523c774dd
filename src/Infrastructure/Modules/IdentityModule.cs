using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Application.Identity.PasswordReset;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.Persistence.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Modules;

/// <summary>
/// Users, their credentials and sessions: tokens, password hashing, the login lockout, the security stamp check,
/// the mailed single-use tokens of password resets and e-mail verification, and the TOTP second factor (Otp.NET,
/// QRCoder, secrets under Data Protection with its keys in the database).
/// </summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSectionOptions<JwtOptions>(configuration, JwtOptions.SectionName);
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();
        services.AddSectionOptions<LoginLockoutOptions>(configuration, LoginLockoutOptions.SectionName)
            .Validate(lockout => lockout.IsValid, "Identity:Lockout needs FreeAttempts >= 1, BaseDelay > 0, MaxDelay >= BaseDelay and ForgetAfter > 0.");
        services.AddSectionOptions<SecurityStampOptions>(configuration, SecurityStampOptions.SectionName);
        services.AddSectionOptions<SessionOptions>(configuration, SessionOptions.SectionName);
        services.AddSectionOptions<PasswordResetOptions>(configuration, PasswordResetOptions.SectionName)
            .Validate(reset => reset.IsValid, "Identity:PasswordReset needs TokenLifetime > 0 and RequestWindow > 0.");
        services.AddSectionOptions<EmailVerificationOptions>(configuration, EmailVerificationOptions.SectionName)
            .Validate(verification => verification.IsValid, "Identity:EmailVerification needs TokenLifetime > 0.");

        services.AddScoped<SecurityStampValidator>();
        services.AddScoped<SessionValidator>();
        services.AddScoped<SessionStarter>();
        services.AddSingleton<SecurityEventMetrics>();
        services.AddScoped<ISecurityEvents, SecurityEvents>();

        services.AddSingleton<ITokenService, JwtTokenService>();
        services.AddSingleton<IPasswordHasher, AspNetPasswordHasher>();
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.AddScoped<ISessionRepository, SessionRepository>();
        services.AddScoped<ISessionReadService, SessionReadService>();
        services.AddSingleton<IOneTimeTokens, OneTimeTokens>();
        services.AddScoped<IAccountTokenRepository, AccountTokenRepository>();
        services.AddSingleton<IPasswordResetThrottle, PasswordResetThrottle>();
        services.AddScoped<ILoginThrottle, PostgresLoginThrottle>();
        services.AddScoped<RefreshTokenCleaner>();
        services.AddScoped<IUserReadService, UserReadService>();
        services.AddScoped<IUserAdministrationReadService, UserAdministrationReadService>();
        AddMfa(services, configuration);
        return services;
    }

    private static void AddMfa(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSectionOptions<MfaOptions>(configuration, MfaOptions.SectionName);
        services.AddSingleton<IValidateOptions<MfaOptions>, MfaOptionsValidator>();

        // Every replica must open the secrets any other one protected: one application name, one key ring, in PostgreSQL.
        services.AddDataProtection().SetApplicationName("CleanBackend");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            keyManagement => keyManagement.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));

        services.AddSingleton<ITotpAuthenticator, OtpNetTotpAuthenticator>();
        services.AddSingleton<IQrCodeRenderer, QrCoderSvgRenderer>();
        services.AddSingleton<IMfaSecretProtector, DataProtectionMfaSecretProtector>();
        services.AddSingleton<IMfaTokens, MfaTokens>();
        services.AddScoped<IMfaEnrolmentRepository, MfaEnrolmentRepository>();
        services.AddScoped<IMfaReadService, MfaReadService>();
        services.AddScoped<MfaCodeVerifier>();
        services.AddScoped<MfaLoginChallenges>();
        services.AddScoped<MfaRequirementCheck>();
    }
}
