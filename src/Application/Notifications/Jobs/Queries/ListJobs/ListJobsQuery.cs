using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;

/// <summary>GET /api/admin/jobs, newest first, keyset-paginated.</summary>
[Authorize(Permissions = Permission.JobsRead)]
public sealed record ListJobsQuery : IQuery<JobListDto>
{
    public int? Limit { get; init; }

    public string? Cursor { get; init; }
}
