namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>Clean-up jobs delete in bounded batches, so one run never holds many locks or one long transaction.</summary>
internal static class BatchedDeletion
{
    /// <summary>Runs <paramref name="deleteBatch"/> until a batch comes back short of <paramref name="batchSize"/>; returns the total.</summary>
    public static async Task<int> DeleteAllAsync(Func<CancellationToken, Task<int>> deleteBatch, int batchSize, CancellationToken cancellationToken)
    {
        var deleted = 0;
        int batch;
        do
        {
            batch = await deleteBatch(cancellationToken);
            deleted += batch;
        }
        while (batch == batchSize && !cancellationToken.IsCancellationRequested);

        return deleted;
    }
}
