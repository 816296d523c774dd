using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Requests;

/// <summary>The control: one request, one handler, same namespace.</summary>
internal sealed record PairedQuery : IRequest<int>;
