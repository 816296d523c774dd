namespace CleanBackend.Domain.Identity;

public sealed class UserRole
{
    private UserRole()
    {
    }

    internal UserRole(Guid userId, short roleId)
    {
        UserId = userId;
        RoleId = roleId;
    }

    public Guid UserId { get; private set; }

    public short RoleId { get; private set; }
}
