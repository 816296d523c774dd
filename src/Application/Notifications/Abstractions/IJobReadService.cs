using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Notifications.Jobs;

namespace CleanBackend.Application.Notifications.Abstractions;

public interface IJobReadService
{
    Task<JobDto?> FindAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Newest first; seeks past <paramref name="after"/> when given.</summary>
    Task<JobListDto> ListAsync(int limit, KeysetCursor<Guid>? after, CancellationToken cancellationToken);
}
