using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Queries.GetProfile;

public sealed class GetProfileQueryHandler(IProfileReadService profiles, ICurrentUser currentUser)
    : IRequestHandler<GetProfileQuery, ProfileDto>
{
    public async Task<ProfileDto> Handle(GetProfileQuery request, CancellationToken cancellationToken) =>
        await profiles.FindAsync(request.Username, currentUser.UserId, cancellationToken)
        ?? throw new NotFoundException("profile");
}
