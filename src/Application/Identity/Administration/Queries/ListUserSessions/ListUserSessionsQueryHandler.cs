using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Queries.ListUserSessions;

public sealed class ListUserSessionsQueryHandler(
    IUserReadService users,
    ISessionReadService sessions,
    ICurrentUser currentUser,
    TimeProvider clock) : IRequestHandler<ListUserSessionsQuery, SessionListDto>
{
    public async Task<SessionListDto> Handle(ListUserSessionsQuery request, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(request.Id, cancellationToken) is null)
        {
            throw new NotFoundException("user");
        }

        return new SessionListDto(await sessions.ListActiveAsync(request.Id, currentUser.SessionId, clock.GetUtcNow(), cancellationToken));
    }
}
