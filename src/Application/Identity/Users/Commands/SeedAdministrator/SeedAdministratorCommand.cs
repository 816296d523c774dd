using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;

/// <summary>Makes sure the configured administrator account exists; run by the <c>seed</c> command, never over HTTP.</summary>
public sealed record SeedAdministratorCommand : ICommand<SeedAdministratorResult>
{
    public string? Username { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }
}
