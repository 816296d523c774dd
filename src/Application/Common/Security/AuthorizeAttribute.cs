namespace CleanBackend.Application.Common.Security;

/// <summary>
/// Marks a request as needing an authenticated caller; with <see cref="Roles"/> (comma-separated),
/// the caller needs at least one of them; with <see cref="Permissions"/> (comma-separated, see
/// <see cref="Domain.Identity.Permission"/>), one of his roles must grant at least one of them.
/// Several attributes must all be satisfied.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; init; } = string.Empty;

    public string Permissions { get; init; } = string.Empty;
}
