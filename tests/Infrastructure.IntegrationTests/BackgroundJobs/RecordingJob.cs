using Npgsql;
using Quartz;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>A test job that records which node ran which firing in test_job_runs, taking a moment so both nodes get work.</summary>
internal sealed class RecordingJob(RecordingJobDatabase database) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("INSERT INTO test_job_runs (item, node) VALUES (@item, @node)", connection);
        command.Parameters.AddWithValue("item", context.MergedJobDataMap.GetString("item")!);
        command.Parameters.AddWithValue("node", context.Scheduler.SchedulerInstanceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
