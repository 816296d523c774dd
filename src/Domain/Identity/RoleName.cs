namespace CleanBackend.Domain.Identity;

public static class RoleName
{
    public const string User = "User";
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";

    public const string NotARole = "is not a role";

    public static IReadOnlyList<string> All { get; } = [User, Moderator, Admin];

    /// <summary>Role names are matched without regard to case, as <see cref="Role.FromName"/> matches them.</summary>
    public static bool IsRole(string? name) => name is not null && All.Contains(name, StringComparer.OrdinalIgnoreCase);
}
