namespace CleanBackend.Application.Identity.Contracts;

/// <summary>Stands in for a contract Identity will publish for other modules (none exists yet).</summary>
internal sealed record IdentityUserSummary(Guid UserId, string Username);
