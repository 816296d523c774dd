using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Requests;

internal sealed class PairedQueryHandler : IRequestHandler<PairedQuery, int>
{
    public Task<int> Handle(PairedQuery request, CancellationToken cancellationToken) => Task.FromResult(1);
}
