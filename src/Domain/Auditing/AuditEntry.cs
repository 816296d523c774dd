using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Auditing;

/// <summary>
/// One administrative action: who did what to which target, when, and under which request. Entries
/// are only ever added, in the same transaction as the action they describe.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActionLength = 64;
    public const int MaxTargetTypeLength = 32;
    public const int MaxTargetIdLength = 128;
    public const int MaxCorrelationIdLength = 64;

    private AuditEntry()
    {
    }

    /// <summary>Assigned by the database; with <see cref="OccurredAt"/> it orders the trail.</summary>
    public long Id { get; private set; }

    /// <summary>The user who acted, or null for the system (a background job).</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>A dotted name such as <c>users.roles.changed</c>.</summary>
    public string Action { get; private set; } = string.Empty;

    public string TargetType { get; private set; } = string.Empty;

    public string TargetId { get; private set; } = string.Empty;

    /// <summary>A JSON object with what the action changed (stored as jsonb).</summary>
    public string Details { get; private set; } = "{}";

    public DateTimeOffset OccurredAt { get; private set; }

    public string? CorrelationId { get; private set; }

    public static AuditEntry Record(
        Guid? actorId,
        string action,
        string targetType,
        string targetId,
        string details,
        DateTimeOffset occurredAt,
        string? correlationId)
    {
        Require(action, MaxActionLength, "action");
        Require(targetType, MaxTargetTypeLength, "targetType");
        Require(targetId, MaxTargetIdLength, "targetId");
        return new AuditEntry
        {
            ActorId = actorId,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Details = details,
            OccurredAt = occurredAt,
            CorrelationId = correlationId is { Length: > MaxCorrelationIdLength } ? correlationId[..MaxCorrelationIdLength] : correlationId,
        };
    }

    private static void Require(string value, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw new DomainRuleViolationException(field, $"must be 1 to {maxLength} characters");
        }
    }
}
