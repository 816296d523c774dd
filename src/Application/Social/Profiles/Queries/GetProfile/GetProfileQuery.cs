using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Social.Profiles.Queries.GetProfile;

public sealed record GetProfileQuery(string Username) : IQuery<ProfileDto>;
