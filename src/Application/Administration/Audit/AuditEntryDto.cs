using System.Text.Json;

namespace CleanBackend.Application.Administration.Audit;

public sealed class AuditEntryDto
{
    public long Id { get; init; }

    /// <summary>The acting user, or null for the system.</summary>
    public Guid? ActorId { get; init; }

    /// <summary>The acting user's current username (null for the system or a deleted user).</summary>
    public string? ActorUsername { get; init; }

    public string Action { get; init; } = string.Empty;

    public string TargetType { get; init; } = string.Empty;

    public string TargetId { get; init; } = string.Empty;

    public JsonElement Details { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string? CorrelationId { get; init; }
}
