using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Commands.UnfollowProfile;

public sealed class UnfollowProfileCommandHandler(
    IUserDirectory users,
    IFollowStore follows,
    IProfileReadService profiles,
    ICurrentUser currentUser) : IRequestHandler<UnfollowProfileCommand, ProfileDto>
{
    public async Task<ProfileDto> Handle(UnfollowProfileCommand request, CancellationToken cancellationToken)
    {
        var followerId = currentUser.RequireUserId();
        var followeeId = await users.FindUserIdAsync(request.Username, cancellationToken)
            ?? throw new NotFoundException("profile");

        await follows.UnfollowAsync(followerId, followeeId, cancellationToken);

        return await profiles.FindAsync(request.Username, followerId, cancellationToken)
            ?? throw new NotFoundException("profile");
    }
}
