namespace CleanBackend.Application.Common.Exceptions;

/// <summary>The caller is not (or no longer) authenticated for this request; maps to 401.</summary>
public sealed class UnauthorizedException(string field, string reason) : RequestFailedException($"{field} {reason}")
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;

    public static UnauthorizedException MissingToken() => new("token", "is missing");

    public static UnauthorizedException InvalidCredentials() => new("credentials", "invalid");
}
