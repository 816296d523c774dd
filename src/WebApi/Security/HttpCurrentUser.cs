using CleanBackend.Application.Common.Security;
using CleanBackend.Infrastructure.Identity;

namespace CleanBackend.WebApi.Security;

public sealed class HttpCurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    public Guid? UserId =>
        Guid.TryParse(httpContextAccessor.HttpContext?.User.FindFirst(TokenClaimNames.Subject)?.Value, out var userId)
            ? userId
            : null;

    public Guid? SessionId =>
        UserId is not null && Guid.TryParse(httpContextAccessor.HttpContext?.User.FindFirst(TokenClaimNames.SessionId)?.Value, out var sessionId)
            ? sessionId
            : null;

    public string? AccessToken =>
        UserId is null || httpContextAccessor.HttpContext is not { } httpContext ? null : AccessTokenReader.Read(httpContext.Request);

    public bool IsInRole(string role) => httpContextAccessor.HttpContext?.User.IsInRole(role) ?? false;
}
