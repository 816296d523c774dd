using Microsoft.AspNetCore.Authorization;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// Part of every permission policy (the admin API): a caller whose roles require a second factor
/// (<c>Identity:Mfa:RequiredForRoles</c>) must have enabled one. Refused with 403 <c>{"mfa":["is required"]}</c>.
/// </summary>
public sealed class MfaEnrolledRequirement : IAuthorizationRequirement
{
    public static readonly MfaEnrolledRequirement Instance = new();

    private MfaEnrolledRequirement()
    {
    }
}
