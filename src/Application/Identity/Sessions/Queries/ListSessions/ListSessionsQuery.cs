using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Identity.Sessions.Queries.ListSessions;

/// <summary>The caller's live sessions, the one of his access token flagged current.</summary>
[Authorize]
public sealed record ListSessionsQuery : IQuery<SessionListDto>;
