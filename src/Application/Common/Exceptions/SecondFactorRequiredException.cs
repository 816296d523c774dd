namespace CleanBackend.Application.Common.Exceptions;

/// <summary>
/// The password was right, but the account has a second factor: maps to 401 <c>{"errors":{"otp":["is required"]}}</c>
/// with <see cref="MfaToken"/> beside it, which <c>POST /api/users/login/mfa</c> takes together with a code.
/// </summary>
public sealed class SecondFactorRequiredException(string mfaToken) : RequestFailedException("otp is required")
{
    public const string Field = "otp";

    public const string Reason = "is required";

    public string MfaToken { get; } = mfaToken;
}
