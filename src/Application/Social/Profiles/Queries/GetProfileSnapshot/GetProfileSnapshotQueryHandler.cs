using CleanBackend.Application.Social.Abstractions;
using CleanBackend.Application.Social.Contracts;
using MediatR;

namespace CleanBackend.Application.Social.Profiles.Queries.GetProfileSnapshot;

public sealed class GetProfileSnapshotQueryHandler(IProfileReadService profiles)
    : IRequestHandler<GetProfileSnapshotQuery, ProfileSnapshot?>
{
    public Task<ProfileSnapshot?> Handle(GetProfileSnapshotQuery request, CancellationToken cancellationToken) =>
        profiles.FindSnapshotAsync(request.Username, cancellationToken);
}
