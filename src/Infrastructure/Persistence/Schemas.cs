namespace CleanBackend.Infrastructure.Persistence;

/// <summary>Each module owns one PostgreSQL schema.</summary>
internal static class Schemas
{
    public const string Identity = "identity";
    public const string Social = "social";
    public const string Publishing = "publishing";

    /// <summary>The audit trail of administrative actions, shared by every module.</summary>
    public const string Audit = "audit";

    public const string Notifications = "notifications";

    /// <summary>Request state no module owns: the stored results of idempotent commands.</summary>
    public const string Platform = "platform";
}
