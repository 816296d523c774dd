namespace CleanBackend.Domain.Identity;

/// <summary>
/// What a role allows. Requests and endpoints name the permission they need, never a role, so that
/// a role can gain or lose a capability in one place.
/// </summary>
public static class Permission
{
    public const string UsersRead = "users.read";
    public const string UsersManage = "users.manage";
    public const string ContentModerate = "content.moderate";
    public const string NewslettersSend = "newsletters.send";
    public const string JobsRead = "jobs.read";
    public const string AuditRead = "audit.read";

    public static IReadOnlyList<string> All { get; } =
        [UsersRead, UsersManage, ContentModerate, NewslettersSend, JobsRead, AuditRead];

    private static readonly IReadOnlyList<string> ModeratorPermissions = [ContentModerate];

    /// <summary>Moderator ⊂ Admin: an administrator holds every permission.</summary>
    public static IReadOnlyList<string> GrantedTo(string role) =>
        role switch
        {
            RoleName.Admin => All,
            RoleName.Moderator => ModeratorPermissions,
            _ => [],
        };

    public static bool IsGrantedToAny(IEnumerable<string> roles, string permission) =>
        roles.Any(role => GrantedTo(role).Contains(permission));
}
