using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

[Authorize(Roles = "Admin,Moderator")]
public sealed record StaffRequest : IRequest<string>;
