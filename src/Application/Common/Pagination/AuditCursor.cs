namespace CleanBackend.Application.Common.Pagination;

/// <summary>The position after the last entry of an audit trail page: its (occurred_at, id).</summary>
public readonly record struct AuditCursor(DateTimeOffset OccurredAt, long Id)
{
    private const string Purpose = "audit";

    public string Encode() => TimeAndIdPayload.Encode(Purpose, OccurredAt, Id);

    public static bool TryDecode(string? text, out AuditCursor cursor)
    {
        var decoded = TimeAndIdPayload.TryDecode(Purpose, text, out var occurredAt, out long id);
        cursor = decoded ? new AuditCursor(occurredAt, id) : default;
        return decoded;
    }
}
