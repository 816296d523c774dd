namespace CleanBackend.Application.Common.Auditing;

/// <summary>The names of audited actions, filterable with <c>GET /api/admin/audit?action=</c>.</summary>
public static class AuditActions
{
    public const string UserRolesChanged = "users.roles.changed";
    public const string UserDeactivated = "users.deactivated";
    public const string UserReactivated = "users.reactivated";
    public const string UserMetadataChanged = "users.metadata.changed";
    public const string ArticleDeleted = "articles.deleted";
    public const string CommentDeleted = "comments.deleted";
    public const string NewsletterSent = "newsletters.sent";
}
