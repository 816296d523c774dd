namespace CleanBackend.Domain.Identity;

public static class RoleName
{
    public const string User = "User";
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [User, Moderator, Admin];
}
