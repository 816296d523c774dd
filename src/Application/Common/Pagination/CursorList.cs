using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>
/// One list's cursor text: the <see cref="KeysetCursor{TId}"/> as big-endian bytes (microseconds since the Unix
/// epoch, PostgreSQL's precision; the id; the rank if the list is ranked), framed with a version and a checksum
/// and written as URL-safe base64. A cursor edited by hand or cut short is refused (and answered with 422)
/// instead of seeking somewhere arbitrary; the checksum covers the list's purpose, so one list's cursor is no
/// good for another. It is an integrity check, not a secret: a cursor says nothing the page did not already show.
/// </summary>
public sealed class CursorList<TId>
    where TId : struct
{
    private const byte Version = 1;
    private const int ChecksumLength = 4;
    private const int MaxEncodedLength = 256;
    private const int TimeLength = 8;
    private const int RankLength = 4;
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;
    private static readonly long MaxMicroseconds = (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond;

    private readonly byte[] _purpose;
    private readonly bool _ranked;
    private readonly int _plainLength;

    internal CursorList(string purpose, bool ranked = false)
    {
        var idLength = typeof(TId) == typeof(Guid) ? 16
            : typeof(TId) == typeof(long) ? sizeof(long)
            : throw new NotSupportedException($"Cursor ids are uuids or 64-bit integers, not {typeof(TId).Name}.");
        _purpose = Encoding.UTF8.GetBytes(purpose);
        _ranked = ranked;
        _plainLength = TimeLength + idLength;
    }

    public string Encode(KeysetCursor<TId> cursor)
    {
        if (cursor.Rank is not null && !_ranked)
        {
            throw new ArgumentException("This list is not ranked; its cursors carry no rank.", nameof(cursor));
        }

        var framed = new byte[1 + _plainLength + (cursor.Rank is null ? 0 : RankLength) + ChecksumLength];
        framed[0] = Version;
        var payload = framed.AsSpan(1, framed.Length - 1 - ChecksumLength);
        BinaryPrimitives.WriteInt64BigEndian(payload, (cursor.Time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerMicrosecond);
        WriteId(payload[TimeLength.._plainLength], cursor.Id);
        if (cursor.Rank is { } rank)
        {
            BinaryPrimitives.WriteSingleBigEndian(payload[_plainLength..], rank);
        }

        Checksum(framed.AsSpan(0, framed.Length - ChecksumLength)).CopyTo(framed.AsSpan(framed.Length - ChecksumLength));
        return Base64Url.EncodeToString(framed);
    }

    /// <summary>False, with the default cursor, for anything but a cursor this list encoded.</summary>
    public bool TryDecode(string? text, out KeysetCursor<TId> cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxEncodedLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        var framed = Base64Url.DecodeFromChars(text);
        if (framed.Length < 1 + ChecksumLength || framed[0] != Version
            || !Checksum(framed.AsSpan(0, framed.Length - ChecksumLength)).AsSpan().SequenceEqual(framed.AsSpan(framed.Length - ChecksumLength)))
        {
            return false;
        }

        var payload = framed.AsSpan(1, framed.Length - 1 - ChecksumLength);
        var ranked = _ranked && payload.Length == _plainLength + RankLength;
        if (payload.Length != _plainLength && !ranked)
        {
            return false;
        }

        var microseconds = BinaryPrimitives.ReadInt64BigEndian(payload);
        float? rank = ranked ? BinaryPrimitives.ReadSingleBigEndian(payload[_plainLength..]) : null;
        if (microseconds < 0 || microseconds > MaxMicroseconds || rank is { } value && !float.IsFinite(value))
        {
            return false;
        }

        cursor = new KeysetCursor<TId>(DateTimeOffset.UnixEpoch.AddTicks(microseconds * TicksPerMicrosecond), ReadId(payload[TimeLength.._plainLength]), rank);
        return true;
    }

    private static void WriteId(Span<byte> target, TId id)
    {
        if (id is Guid uuid)
        {
            uuid.TryWriteBytes(target, bigEndian: true, out _);
        }
        else
        {
            BinaryPrimitives.WriteInt64BigEndian(target, (long)(object)id);
        }
    }

    private static TId ReadId(ReadOnlySpan<byte> source) =>
        typeof(TId) == typeof(Guid)
            ? (TId)(object)new Guid(source, bigEndian: true)
            : (TId)(object)BinaryPrimitives.ReadInt64BigEndian(source);

    private byte[] Checksum(ReadOnlySpan<byte> body)
    {
        var input = new byte[_purpose.Length + body.Length];
        _purpose.CopyTo(input, 0);
        body.CopyTo(input.AsSpan(_purpose.Length));
        return SHA256.HashData(input)[..ChecksumLength];
    }
}
