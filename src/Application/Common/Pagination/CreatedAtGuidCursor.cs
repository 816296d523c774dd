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

    public string Encode(string purpose) => TimeAndIdPayload.Encode(purpose, CreatedAt, Id);

    public static bool TryDecode(string purpose, string? text, out CreatedAtGuidCursor cursor)
    {
        var decoded = TimeAndIdPayload.TryDecode(purpose, text, out var createdAt, out Guid id);
        cursor = decoded ? new CreatedAtGuidCursor(createdAt, id) : default;
        return decoded;
    }
}
