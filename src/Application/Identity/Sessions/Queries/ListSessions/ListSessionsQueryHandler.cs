using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using MediatR;

namespace CleanBackend.Application.Identity.Sessions.Queries.ListSessions;

public sealed class ListSessionsQueryHandler(ISessionReadService sessions, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ListSessionsQuery, SessionListDto>
{
    public async Task<SessionListDto> Handle(ListSessionsQuery request, CancellationToken cancellationToken) =>
        new(await sessions.ListActiveAsync(currentUser.RequireUserId(), currentUser.SessionId, clock.GetUtcNow(), cancellationToken));
}
