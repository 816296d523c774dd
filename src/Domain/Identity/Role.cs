using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Identity;

public sealed class Role
{
    public static readonly Role User = new(1, RoleName.User);
    public static readonly Role Moderator = new(2, RoleName.Moderator);
    public static readonly Role Admin = new(3, RoleName.Admin);

    public static IReadOnlyList<Role> All { get; } = [User, Moderator, Admin];

    private Role(short id, string name)
    {
        Id = id;
        Name = name;
    }

    public short Id { get; private set; }

    public string Name { get; private set; }

    public static Role FromName(string name) =>
        All.FirstOrDefault(role => string.Equals(role.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainRuleViolationException("role", $"'{name}' is not a role");
}
