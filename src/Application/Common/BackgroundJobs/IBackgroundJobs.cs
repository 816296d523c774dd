namespace CleanBackend.Application.Common.BackgroundJobs;

/// <summary>
/// Asks the job cluster to run work now instead of at its next scheduled time. The request is stored in the
/// database (any replica may run it) in a transaction of its own, so call it after the unit of work committed
/// and keep what the job needs in your own tables: a job must find its work there, not in the request.
/// </summary>
public interface IBackgroundJobs
{
    /// <summary>
    /// Runs the job registered as <paramref name="jobName"/> (see <see cref="BackgroundJobNames"/>) as soon as a
    /// worker is free. Requests for one job arriving close together from this process are coalesced into one run:
    /// a job must process everything that is due, not one item.
    /// </summary>
    Task TriggerAsync(string jobName, CancellationToken cancellationToken);
}
