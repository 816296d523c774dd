using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Requests;

/// <summary>Broken on purpose: two handlers.</summary>
internal sealed record DuplicatedQuery : IRequest<string>;
