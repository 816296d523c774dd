namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>Where <see cref="RecordingJob"/> writes.</summary>
internal sealed record RecordingJobDatabase(string ConnectionString);
