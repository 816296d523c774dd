using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using MediatR;

namespace CleanBackend.Application.Identity.Sessions.Commands.EndOtherSessions;

/// <summary>Ends every session of the caller but the one of his access token ("sign out everywhere else").</summary>
[Authorize]
public sealed record EndOtherSessionsCommand : ICommand<Unit>;
