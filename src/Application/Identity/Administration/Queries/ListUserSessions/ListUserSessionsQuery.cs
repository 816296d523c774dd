using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Sessions;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration.Queries.ListUserSessions;

/// <summary>A user's live sessions, for an administrator.</summary>
[Authorize(Permissions = Permission.UsersRead)]
public sealed record ListUserSessionsQuery(Guid Id) : IQuery<SessionListDto>;
