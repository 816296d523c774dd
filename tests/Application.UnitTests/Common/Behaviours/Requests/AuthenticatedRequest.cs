using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

[Authorize]
public sealed record AuthenticatedRequest : IRequest<string>;
