using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;

/// <summary>GET /api/admin/jobs, newest first, keyset-paginated.</summary>
[Authorize(Permissions = Permission.JobsRead)]
public sealed record ListJobsQuery : IQuery<JobListDto>
{
    public int? Limit { get; init; }

    public string? Cursor
    {
        get;
        init
        {
            field = value;
            After = CursorLists.Jobs.TryDecode(value, out var after) ? after : null;
        }
    }

    /// <summary>Where the page starts, decoded from <see cref="Cursor"/> once; null without one or when it is invalid (which the validator refuses).</summary>
    internal KeysetCursor<Guid>? After { get; private init; }
}
