using System.Text;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.WebApi.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
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
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    var detail = context.AuthenticateFailure switch
                    {
                        null => "An access token is required: send 'Authorization: Token <jwt>'.",
                        SecurityTokenExpiredException => "The access token has expired.",
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
        return services;
    }
}
