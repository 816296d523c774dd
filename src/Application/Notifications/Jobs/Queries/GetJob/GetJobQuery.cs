using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Notifications.Jobs.Queries.GetJob;

/// <summary>GET /api/admin/jobs/{id}.</summary>
[Authorize(Permissions = Permission.JobsRead)]
public sealed record GetJobQuery(Guid Id) : IQuery<JobDto>;
