using System.Text.Json;
using CleanBackend.Application.Common.Auditing;

namespace CleanBackend.Application.UnitTests.Support;

/// <summary>An audit trail that keeps what handlers record, with the details as the JSON they would be stored as.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    public List<(string Action, string TargetType, string TargetId, string Details)> Entries { get; } = [];

    public void Record(string action, string targetType, string targetId, object? details = null) =>
        Entries.Add((action, targetType, targetId, details is null ? "{}" : JsonSerializer.Serialize(details, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
}
