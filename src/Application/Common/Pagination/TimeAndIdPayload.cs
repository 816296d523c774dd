using System.Buffers.Binary;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>
/// The payload most cursors share: a timestamp (<see cref="CursorTime"/> microseconds) then the row's id,
/// both big-endian, framed by <see cref="CursorCodec"/> under the list's purpose.
/// </summary>
internal static class TimeAndIdPayload
{
    /// <summary>Bytes of a (time, uuid) payload; a cursor may append more after them.</summary>
    public const int GuidLength = TimeLength + 16;

    private const int TimeLength = 8;
    private const int LongLength = TimeLength + 8;

    public static string Encode(string purpose, DateTimeOffset time, long id)
    {
        Span<byte> payload = stackalloc byte[LongLength];
        BinaryPrimitives.WriteInt64BigEndian(payload, CursorTime.ToMicroseconds(time));
        BinaryPrimitives.WriteInt64BigEndian(payload[TimeLength..], id);
        return CursorCodec.Encode(purpose, payload);
    }

    public static bool TryDecode(string purpose, string? text, out DateTimeOffset time, out long id)
    {
        id = 0;
        time = default;
        if (!CursorCodec.TryDecode(purpose, text, out var payload) || payload.Length != LongLength
            || !CursorTime.TryFromMicroseconds(BinaryPrimitives.ReadInt64BigEndian(payload), out time))
        {
            return false;
        }

        id = BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(TimeLength));
        return true;
    }

    public static string Encode(string purpose, DateTimeOffset time, Guid id)
    {
        Span<byte> payload = stackalloc byte[GuidLength];
        Write(payload, time, id);
        return CursorCodec.Encode(purpose, payload);
    }

    public static bool TryDecode(string purpose, string? text, out DateTimeOffset time, out Guid id)
    {
        time = default;
        id = Guid.Empty;
        return CursorCodec.TryDecode(purpose, text, out var payload) && payload.Length == GuidLength && TryRead(payload, out time, out id);
    }

    /// <summary>Writes (time, uuid) into the first <see cref="GuidLength"/> bytes of <paramref name="payload"/>.</summary>
    public static void Write(Span<byte> payload, DateTimeOffset time, Guid id)
    {
        BinaryPrimitives.WriteInt64BigEndian(payload, CursorTime.ToMicroseconds(time));
        id.TryWriteBytes(payload[TimeLength..], bigEndian: true, out _);
    }

    /// <summary>Reads (time, uuid) from the first <see cref="GuidLength"/> bytes; false when the time is out of range.</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, out DateTimeOffset time, out Guid id)
    {
        id = Guid.Empty;
        if (!CursorTime.TryFromMicroseconds(BinaryPrimitives.ReadInt64BigEndian(payload), out time))
        {
            return false;
        }

        id = new Guid(payload.Slice(TimeLength, 16), bigEndian: true);
        return true;
    }
}
