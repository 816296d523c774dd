namespace CleanBackend.Application.Administration.Stats;

/// <summary>
/// The <c>stats</c> object of <c>GET /api/admin/stats</c>. Members are added, never renamed, so more
/// sections (e.g. jobs by state) can join without breaking a dashboard.
/// </summary>
public sealed class AdminStatsDto
{
    public long Users { get; init; }

    public long ActiveUsers { get; init; }

    public long Articles { get; init; }

    public long Comments { get; init; }

    public JobStateCountsDto Jobs { get; init; } = new();
}
