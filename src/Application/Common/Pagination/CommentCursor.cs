namespace CleanBackend.Application.Common.Pagination;

/// <summary>The position after the last comment of a page: its (created_at, id).</summary>
public readonly record struct CommentCursor(DateTimeOffset CreatedAt, long Id)
{
    private const string Purpose = "comments";

    public string Encode() => TimeAndIdPayload.Encode(Purpose, CreatedAt, Id);

    public static bool TryDecode(string? text, out CommentCursor cursor)
    {
        var decoded = TimeAndIdPayload.TryDecode(Purpose, text, out var createdAt, out long id);
        cursor = decoded ? new CommentCursor(createdAt, id) : default;
        return decoded;
    }
}
