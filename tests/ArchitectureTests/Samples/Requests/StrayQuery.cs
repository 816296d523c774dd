using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Requests.Feature;

/// <summary>Broken on purpose: its handler lives in another feature folder.</summary>
internal sealed record StrayQuery : IRequest<int>;
