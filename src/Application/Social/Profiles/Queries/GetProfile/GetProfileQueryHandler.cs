using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Queries.GetProfile;

/// <summary>The cached profile, plus (for a signed-in viewer) one indexed lookup of the follow.</summary>
public sealed class GetProfileQueryHandler(IProfileReadService profiles, ICurrentUser currentUser)
    : IRequestHandler<GetProfileQuery, ProfileDto>
{
    public async Task<ProfileDto> Handle(GetProfileQuery request, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindSnapshotAsync(request.Username, cancellationToken)
            ?? throw new NotFoundException("profile");
        var following = currentUser.UserId is { } viewerId
            && await profiles.IsFollowingAsync(viewerId, profile.UserId, cancellationToken);
        return profile.ToDto(following);
    }
}
