using System.Text;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.WebApi.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace CleanBackend.WebApi.Security;

public static class JwtAuthenticationSetup
{
    public static IServiceCollection AddJwtAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = TokenClaimNames.Username,
                RoleClaimType = TokenClaimNames.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    context.Token = AccessTokenReader.Read(context.Request);
                    return Task.CompletedTask;
                },
                OnTokenValidated = async context =>
                {
                    if (CriticalHeader.IsPresent(context.SecurityToken))
                    {
                        context.Fail("The token names critical header extensions, and none is understood here.");
                        return;
                    }

                    // Deactivation, password changes and role removals rotate the stamp: tokens issued before are refused at once.
                    var principal = context.Principal!;
                    var services = context.HttpContext.RequestServices;
                    var aborted = context.HttpContext.RequestAborted;
                    if (!Guid.TryParse(principal.FindFirst(TokenClaimNames.Subject)?.Value, out var userId)
                        || !await services.GetRequiredService<SecurityStampValidator>()
                            .IsCurrentAsync(userId, principal.FindFirst(TokenClaimNames.SecurityStamp)?.Value, aborted))
                    {
                        context.Fail(new RevokedAccessTokenException());
                        return;
                    }

                    // An ended session takes its access tokens with it. A token without the claim (registration's) belongs to
                    // no session; one with an unreadable claim is refused.
                    if (principal.FindFirst(TokenClaimNames.SessionId)?.Value is { } sessionClaim
                        && (!Guid.TryParse(sessionClaim, out var sessionId)
                            || !await services.GetRequiredService<SessionValidator>().IsLiveAsync(userId, sessionId, aborted)))
                    {
                        context.Fail(new RevokedAccessTokenException());
                    }
                },
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    var detail = context.AuthenticateFailure switch
                    {
                        null => "An access token is required: send 'Authorization: Token <jwt>'.",
                        SecurityTokenExpiredException => "The access token has expired.",
                        RevokedAccessTokenException => "The access token was revoked (account deactivated, password changed, a role removed or its session ended): refresh or log in again.",
                        _ => "The access token is not valid.",
                    };

                    // Conduit clients look for this exact error whether the token is absent or unusable.
                    await ProblemResponses.WriteAsync(
                        context.HttpContext,
                        ProblemResponses.Create(context.HttpContext, StatusCodes.Status401Unauthorized, "token", "is missing", detail));
                },
                OnForbidden = context => ProblemResponses.WriteAsync(
                    context.HttpContext,
                    ProblemResponses.Create(context.HttpContext, StatusCodes.Status403Forbidden, "role", "forbidden")),
            };
        });
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationHandler, MfaEnrolledAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PermissionForbiddenResultHandler>();
        return services;
    }
}
