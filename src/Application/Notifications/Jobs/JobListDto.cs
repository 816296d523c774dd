namespace CleanBackend.Application.Notifications.Jobs;

public sealed class JobListDto
{
    public IReadOnlyList<JobDto> Jobs { get; init; } = [];

    /// <summary>Opaque; pass it as <c>cursor</c> for the next page. Null on the last page.</summary>
    public string? NextCursor { get; init; }
}
