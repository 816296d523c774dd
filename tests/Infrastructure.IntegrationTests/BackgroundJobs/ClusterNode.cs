using CleanBackend.Infrastructure.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CleanBackend.Infrastructure.IntegrationTests.BackgroundJobs;

/// <summary>One Quartz node of a test cluster: a host of its own with the production store configuration.</summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterNode(IHost host, string instanceId)
    {
        _host = host;
        InstanceId = instanceId;
    }

    public string InstanceId { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<ClusterNode> StartAsync(string connectionString, string clusterName, string instanceId, Action<IServiceCollection, IQuartzBuilder> configure)
    {
        var options = new JobsOptions
        {
            InstanceName = clusterName,
            InstanceId = instanceId,
            MaxConcurrency = 1,
            ClusterCheckinInterval = TimeSpan.FromSeconds(1),
            CheckinMisfireThreshold = TimeSpan.FromSeconds(2),
            IdleWaitTime = TimeSpan.FromSeconds(1),
        };
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddQuartz(quartz =>
        {
            BackgroundJobsSetup.UseClusteredStore(quartz, options, connectionString);
            configure(builder.Services, quartz);
        });
        BackgroundJobsSetup.AddSchedulerLifetime(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterNode(host, instanceId);
    }

    public ValueTask<IScheduler> SchedulerAsync() => _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
