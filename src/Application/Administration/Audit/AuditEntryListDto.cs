namespace CleanBackend.Application.Administration.Audit;

public sealed class AuditEntryListDto
{
    public IReadOnlyList<AuditEntryDto> Entries { get; init; } = [];

    /// <summary>Opaque; pass it as <c>cursor</c> for the next page. Null on the last page.</summary>
    public string? NextCursor { get; init; }
}
