namespace CleanBackend.Application.Common.Security;

/// <summary>
/// Marks a request as needing an authenticated caller; with <see cref="Roles"/> (comma-separated),
/// the caller needs at least one of them. Several attributes must all be satisfied.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; init; } = string.Empty;
}
