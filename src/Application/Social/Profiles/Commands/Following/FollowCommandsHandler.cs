using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Domain.Social;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Commands.Following;

/// <summary>Follow and unfollow: the same lookup and answer around the one store call that differs.</summary>
public sealed class FollowCommandsHandler(
    IProfileReadService profiles,
    IFollowStore follows,
    ICurrentUser currentUser,
    TimeProvider clock)
    : IRequestHandler<FollowProfileCommand, ProfileDto>, IRequestHandler<UnfollowProfileCommand, ProfileDto>
{
    public Task<ProfileDto> Handle(FollowProfileCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(
            request.Username,
            following: true,
            (followerId, followeeId) => follows.FollowAsync(Follow.Create(followerId, followeeId, clock.GetUtcNow()), cancellationToken),
            cancellationToken);

    public Task<ProfileDto> Handle(UnfollowProfileCommand request, CancellationToken cancellationToken) =>
        ChangeAsync(
            request.Username,
            following: false,
            (followerId, followeeId) => follows.UnfollowAsync(followerId, followeeId, cancellationToken),
            cancellationToken);

    private async Task<ProfileDto> ChangeAsync(string username, bool following, Func<Guid, Guid, Task> change, CancellationToken cancellationToken)
    {
        var followerId = currentUser.RequireUserId();
        var profile = await profiles.FindSnapshotAsync(username, cancellationToken) ?? throw new NotFoundException("profile");

        await change(followerId, profile.UserId);
        return profile.ToDto(following);
    }
}
