using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

[Authorize(Permissions = Permission.UsersManage)]
public sealed record UserManagementRequest : IRequest<string>;
