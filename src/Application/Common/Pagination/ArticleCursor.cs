using System.Buffers.Binary;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>
/// The position after the last article of a page: its (created_at, id), and its search rank when the
/// list is ranked. The next page seeks strictly after it, so inserts never shift or repeat rows.
/// </summary>
public readonly record struct ArticleCursor(DateTimeOffset CreatedAt, Guid Id, float? Rank = null)
{
    private const string Purpose = "articles";
    private const int PlainLength = TimeAndIdPayload.GuidLength;
    private const int RankedLength = PlainLength + 4;

    public string Encode()
    {
        Span<byte> payload = stackalloc byte[Rank is null ? PlainLength : RankedLength];
        TimeAndIdPayload.Write(payload, CreatedAt, Id);
        if (Rank is { } rank)
        {
            BinaryPrimitives.WriteSingleBigEndian(payload[PlainLength..], rank);
        }

        return CursorCodec.Encode(Purpose, payload);
    }

    public static bool TryDecode(string? text, out ArticleCursor cursor)
    {
        cursor = default;
        if (!CursorCodec.TryDecode(Purpose, text, out var payload) || payload.Length is not (PlainLength or RankedLength))
        {
            return false;
        }

        if (!TimeAndIdPayload.TryRead(payload, out var createdAt, out var id))
        {
            return false;
        }

        float? rank = payload.Length == RankedLength ? BinaryPrimitives.ReadSingleBigEndian(payload.AsSpan(PlainLength)) : null;
        if (rank is { } value && !float.IsFinite(value))
        {
            return false;
        }

        cursor = new ArticleCursor(createdAt, id, rank);
        return true;
    }
}
