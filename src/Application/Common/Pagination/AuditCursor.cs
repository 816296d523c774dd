using System.Buffers.Binary;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>The position after the last entry of an audit trail page: its (occurred_at, id).</summary>
public readonly record struct AuditCursor(DateTimeOffset OccurredAt, long Id)
{
    private const string Purpose = "audit";
    private const int Length = 8 + 8;

    public string Encode()
    {
        Span<byte> payload = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, CursorTime.ToMicroseconds(OccurredAt));
        BinaryPrimitives.WriteInt64BigEndian(payload[8..], Id);
        return CursorCodec.Encode(Purpose, payload);
    }

    public static bool TryDecode(string? text, out AuditCursor cursor)
    {
        cursor = default;
        if (!CursorCodec.TryDecode(Purpose, text, out var payload) || payload.Length != Length
            || !CursorTime.TryFromMicroseconds(BinaryPrimitives.ReadInt64BigEndian(payload), out var occurredAt))
        {
            return false;
        }

        cursor = new AuditCursor(occurredAt, BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(8)));
        return true;
    }
}
