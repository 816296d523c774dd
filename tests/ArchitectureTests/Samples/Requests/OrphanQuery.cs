using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Requests;

/// <summary>Broken on purpose: no handler.</summary>
internal sealed record OrphanQuery : IRequest<int>;
