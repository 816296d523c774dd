using System.Buffers.Binary;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>The position after the last comment of a page: its (created_at, id).</summary>
public readonly record struct CommentCursor(DateTimeOffset CreatedAt, long Id)
{
    private const string Purpose = "comments";
    private const int Length = 8 + 8;

    public string Encode()
    {
        Span<byte> payload = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, CursorTime.ToMicroseconds(CreatedAt));
        BinaryPrimitives.WriteInt64BigEndian(payload[8..], Id);
        return CursorCodec.Encode(Purpose, payload);
    }

    public static bool TryDecode(string? text, out CommentCursor cursor)
    {
        cursor = default;
        if (!CursorCodec.TryDecode(Purpose, text, out var payload) || payload.Length != Length
            || !CursorTime.TryFromMicroseconds(BinaryPrimitives.ReadInt64BigEndian(payload), out var createdAt))
        {
            return false;
        }

        cursor = new CommentCursor(createdAt, BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(8)));
        return true;
    }
}
