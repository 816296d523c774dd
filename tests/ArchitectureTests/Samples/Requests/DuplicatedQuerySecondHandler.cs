using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Requests;

internal sealed class DuplicatedQuerySecondHandler : IRequestHandler<DuplicatedQuery, string>
{
    public Task<string> Handle(DuplicatedQuery request, CancellationToken cancellationToken) => Task.FromResult("second");
}
