using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Queries.GetCurrentUser;

public sealed class GetCurrentUserQueryHandler(IUserReadService userReads, ICurrentUser currentUser)
    : IRequestHandler<GetCurrentUserQuery, UserDto>
{
    public async Task<UserDto> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken)
    {
        var user = await userReads.FindAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new NotFoundException("user");

        // A read does not mint credentials: the caller gets back the token it presented.
        return user with { Token = currentUser.AccessToken ?? string.Empty };
    }
}
