using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.WebApi.Controllers;

/// <summary>The Conduit wrapper <c>{"profile": …}</c>.</summary>
public sealed record ProfileEnvelope(ProfileDto Profile);
