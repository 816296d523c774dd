using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration.Queries.GetUser;

[Authorize(Permissions = Permission.UsersRead)]
public sealed record GetUserQuery(Guid Id) : IQuery<AdminUserDto>;
