using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Queries.GetProfileSnapshot;
using CleanBackend.Domain.Social;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Commands.FollowProfile;

public sealed class FollowProfileCommandHandler(
    IMediator mediator,
    IFollowStore follows,
    ICurrentUser currentUser,
    TimeProvider clock) : IRequestHandler<FollowProfileCommand, ProfileDto>
{
    public async Task<ProfileDto> Handle(FollowProfileCommand request, CancellationToken cancellationToken)
    {
        var followerId = currentUser.RequireUserId();
        var profile = await mediator.Send(new GetProfileSnapshotQuery(request.Username), cancellationToken)
            ?? throw new NotFoundException("profile");

        await follows.FollowAsync(Follow.Create(followerId, profile.UserId, clock.GetUtcNow()), cancellationToken);
        return profile.ToDto(following: true);
    }
}
