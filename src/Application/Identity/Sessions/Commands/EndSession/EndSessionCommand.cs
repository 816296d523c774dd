using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.Identity.Sessions.Commands.EndSession;

/// <summary>
/// Ends one of the caller's sessions (the current one too, like a logout): its refresh token is revoked and its
/// access tokens are refused from the next request on. Someone else's session is "not found", like an unknown one.
/// </summary>
[Authorize]
public sealed record EndSessionCommand(Guid Id) : ICommand<Unit>;
