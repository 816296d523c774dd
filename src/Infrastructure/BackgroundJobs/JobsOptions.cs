using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Infrastructure.BackgroundJobs;

/// <summary>The Quartz scheduler every replica runs (section <c>Jobs</c>); the replicas form one cluster through PostgreSQL.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>The tables' prefix: schema <c>quartz</c>, created by the migrations, never by Quartz itself.</summary>
    public const string TablePrefix = "quartz.qrtz_";

    /// <summary>Whether this process runs jobs. When false it can still trigger them for the replicas that do.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The cluster's name: every replica sharing the database and this name shares the jobs.</summary>
    [Required]
    public string InstanceName { get; set; } = "CleanBackend";

    /// <summary>This node's id in the cluster; AUTO generates a unique one (host name and time).</summary>
    public string InstanceId { get; set; } = "AUTO";

    /// <summary>How many jobs this node runs at once.</summary>
    [Range(1, int.MaxValue)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How often a node records that it is alive.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long past a missed check-in the other nodes wait before taking over a node's jobs.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How late a trigger may fire before it counts as misfired.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an idle node waits before looking for due triggers again (triggers stored by this node wake it at once).</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Immediate-run requests for one job from this process closer together than this become one run.</summary>
    public TimeSpan TriggerCoalescingWindow { get; set; } = TimeSpan.FromMilliseconds(500);

    public OutboundEmailJobOptions OutboundEmails { get; set; } = new();

    public RefreshTokenCleanupJobOptions RefreshTokenCleanup { get; set; } = new();

    public IdempotencyCleanupJobOptions IdempotencyCleanup { get; set; } = new();
}
