using CleanBackend.Application.Identity.Mfa;
using CleanBackend.Domain.Identity;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>A misspelt role would silently exempt its holders from the second factor: it stops start-up instead.</summary>
internal sealed class MfaOptionsValidator : IValidateOptions<MfaOptions>
{
    public ValidateOptionsResult Validate(string? name, MfaOptions options)
    {
        var unknown = options.RequiredRoleNames.Where(role => !RoleName.IsRole(role)).ToList();
        return unknown.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{MfaOptions.SectionName}:RequiredForRoles names unknown roles: {string.Join(", ", unknown)} (known: {string.Join(", ", RoleName.All)}).");
    }
}
