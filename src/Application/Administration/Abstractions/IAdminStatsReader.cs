using CleanBackend.Application.Administration.Stats;

namespace CleanBackend.Application.Administration.Abstractions;

public interface IAdminStatsReader
{
    /// <summary>Exact counts, read in one statement.</summary>
    Task<AdminStatsDto> ReadAsync(CancellationToken cancellationToken);
}
