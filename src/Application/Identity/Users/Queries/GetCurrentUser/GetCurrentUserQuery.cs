using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Identity.Users.Queries.GetCurrentUser;

[Authorize]
public sealed record GetCurrentUserQuery : IQuery<UserDto>;
