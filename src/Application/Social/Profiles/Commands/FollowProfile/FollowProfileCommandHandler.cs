using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Social;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Commands.FollowProfile;

public sealed class FollowProfileCommandHandler(
    IUserDirectory users,
    IFollowStore follows,
    IProfileReadService profiles,
    ICurrentUser currentUser,
    TimeProvider clock) : IRequestHandler<FollowProfileCommand, ProfileDto>
{
    public async Task<ProfileDto> Handle(FollowProfileCommand request, CancellationToken cancellationToken)
    {
        var followerId = currentUser.RequireUserId();
        var followeeId = await users.FindUserIdAsync(request.Username, cancellationToken)
            ?? throw new NotFoundException("profile");

        await follows.FollowAsync(Follow.Create(followerId, followeeId, clock.GetUtcNow()), cancellationToken);

        return await profiles.FindAsync(request.Username, followerId, cancellationToken)
            ?? throw new NotFoundException("profile");
    }
}
