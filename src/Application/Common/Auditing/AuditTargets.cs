namespace CleanBackend.Application.Common.Auditing;

/// <summary>The kinds of things an audited action acts on.</summary>
public static class AuditTargets
{
    public const string User = "user";
    public const string Article = "article";
    public const string Comment = "comment";
    public const string Newsletter = "newsletter";
}
