using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Administration.Stats.Queries.GetStats;

/// <summary>Counts for the admin dashboard (users, content, jobs by state); mostly about users, hence the users.read permission.</summary>
[Authorize(Permissions = Permission.UsersRead)]
public sealed record GetStatsQuery : IQuery<AdminStatsDto>;
