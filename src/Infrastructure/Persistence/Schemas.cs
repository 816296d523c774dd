namespace CleanBackend.Infrastructure.Persistence;

/// <summary>Each module owns one PostgreSQL schema.</summary>
internal static class Schemas
{
    public const string Identity = "identity";
    public const string Social = "social";
    public const string Publishing = "publishing";
    public const string Notifications = "notifications";
}
