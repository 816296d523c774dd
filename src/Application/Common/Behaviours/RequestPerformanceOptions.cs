using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Application.Common.Behaviours;

public sealed class RequestPerformanceOptions
{
    public const string SectionName = "RequestPerformance";

    /// <summary>Requests slower than this are logged as warnings.</summary>
    [Range(0, int.MaxValue)]
    public int SlowRequestThresholdMilliseconds { get; set; } = 500;
}
