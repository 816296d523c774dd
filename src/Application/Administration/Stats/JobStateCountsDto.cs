namespace CleanBackend.Application.Administration.Stats;

/// <summary>Background jobs (newsletters) by state.</summary>
public sealed class JobStateCountsDto
{
    public long Queued { get; init; }

    public long Running { get; init; }

    public long Succeeded { get; init; }

    public long Failed { get; init; }
}
