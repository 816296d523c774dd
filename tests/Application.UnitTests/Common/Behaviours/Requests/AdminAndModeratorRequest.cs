using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

[Authorize(Roles = "Admin")]
[Authorize(Roles = " Moderator ")]
public sealed record AdminAndModeratorRequest : IRequest<string>;
