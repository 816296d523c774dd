using CleanBackend.ArchitectureTests.Samples.Requests.Feature;
using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Requests.Elsewhere;

internal sealed class StrayQueryHandler : IRequestHandler<StrayQuery, int>
{
    public Task<int> Handle(StrayQuery request, CancellationToken cancellationToken) => Task.FromResult(0);
}
