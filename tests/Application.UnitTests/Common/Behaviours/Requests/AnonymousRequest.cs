using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

public sealed record AnonymousRequest : IRequest<string>;
