using CleanBackend.Application.Notifications.Jobs;

namespace CleanBackend.WebApi.Controllers.Admin;

/// <summary>The wrapper <c>{"job": …}</c>, in the Conduit style.</summary>
public sealed record JobEnvelope(JobDto Job);
