using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Social.Profiles.Commands.Following;

[Authorize]
public sealed record UnfollowProfileCommand(string Username) : ICommand<ProfileDto>;
