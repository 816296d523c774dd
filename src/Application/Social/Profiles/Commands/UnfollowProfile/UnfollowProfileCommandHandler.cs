using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using CleanBackend.Application.Social.Profiles.Queries.GetProfileSnapshot;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Commands.UnfollowProfile;

public sealed class UnfollowProfileCommandHandler(
    IMediator mediator,
    IFollowStore follows,
    ICurrentUser currentUser) : IRequestHandler<UnfollowProfileCommand, ProfileDto>
{
    public async Task<ProfileDto> Handle(UnfollowProfileCommand request, CancellationToken cancellationToken)
    {
        var followerId = currentUser.RequireUserId();
        var profile = await mediator.Send(new GetProfileSnapshotQuery(request.Username), cancellationToken)
            ?? throw new NotFoundException("profile");

        await follows.UnfollowAsync(followerId, profile.UserId, cancellationToken);
        return profile.ToDto(following: false);
    }
}
