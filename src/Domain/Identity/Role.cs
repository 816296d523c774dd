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

    /// <summary>The names of the roles with these ids, in <see cref="All"/> order; unknown ids are skipped.</summary>
    public static IReadOnlyList<string> NamesOf(IEnumerable<short> roleIds)
    {
        var ids = roleIds as IReadOnlyCollection<short> ?? roleIds.ToList();
        return All.Where(role => ids.Contains(role.Id)).Select(role => role.Name).ToList();
    }

    public static Role FromName(string name) =>
        All.FirstOrDefault(role => string.Equals(role.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainRuleViolationException("role", $"'{name}' is not a role");
}
