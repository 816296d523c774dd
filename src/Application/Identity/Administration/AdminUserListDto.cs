namespace CleanBackend.Application.Identity.Administration;

/// <summary>
/// One page of the admin user listing. There is no total count: counting every match of a metadata
/// or prefix filter would cost more than the page itself; the statistics endpoint has the totals.
/// </summary>
public sealed class AdminUserListDto
{
    public IReadOnlyList<AdminUserDto> Users { get; init; } = [];

    /// <summary>Opaque; pass it as <c>cursor</c> for the next page. Null on the last page.</summary>
    public string? NextCursor { get; init; }
}
