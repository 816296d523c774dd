using System.Buffers.Binary;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>
/// The position after the last row of a page ordered by (created_at, uuid id). Several lists share this
/// layout, so each one encodes and decodes with its own purpose: the purpose is part of the checksum, and
/// a cursor of one list is refused by another.
/// </summary>
public readonly record struct CreatedAtGuidCursor(DateTimeOffset CreatedAt, Guid Id)
{
    /// <summary>The admin user listing.</summary>
    public const string UsersPurpose = "users";

    /// <summary>The background job listing.</summary>
    public const string JobsPurpose = "jobs";

    private const int Length = 8 + 16;

    public string Encode(string purpose)
    {
        Span<byte> payload = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, CursorTime.ToMicroseconds(CreatedAt));
        Id.TryWriteBytes(payload[8..], bigEndian: true, out _);
        return CursorCodec.Encode(purpose, payload);
    }

    public static bool TryDecode(string purpose, string? text, out CreatedAtGuidCursor cursor)
    {
        cursor = default;
        if (!CursorCodec.TryDecode(purpose, text, out var payload) || payload.Length != Length
            || !CursorTime.TryFromMicroseconds(BinaryPrimitives.ReadInt64BigEndian(payload), out var createdAt))
        {
            return false;
        }

        cursor = new CreatedAtGuidCursor(createdAt, new Guid(payload.AsSpan(8, 16), bigEndian: true));
        return true;
    }
}
