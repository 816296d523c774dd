using System.Buffers.Binary;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>The position after the last background job of a page: its (created_at, id).</summary>
public readonly record struct JobCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const string Purpose = "jobs";
    private const int Length = 8 + 16;

    public string Encode()
    {
        Span<byte> payload = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, CursorTime.ToMicroseconds(CreatedAt));
        Id.TryWriteBytes(payload[8..], bigEndian: true, out _);
        return CursorCodec.Encode(Purpose, payload);
    }

    public static bool TryDecode(string? text, out JobCursor cursor)
    {
        cursor = default;
        if (!CursorCodec.TryDecode(Purpose, text, out var payload) || payload.Length != Length
            || !CursorTime.TryFromMicroseconds(BinaryPrimitives.ReadInt64BigEndian(payload), out var createdAt))
        {
            return false;
        }

        cursor = new JobCursor(createdAt, new Guid(payload.AsSpan(8, 16), bigEndian: true));
        return true;
    }
}
