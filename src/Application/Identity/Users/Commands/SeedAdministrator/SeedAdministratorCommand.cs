using System.Text;
using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;

/// <summary>Makes sure the configured administrator account exists; run by the <c>seed</c> command, never over HTTP.</summary>
public sealed record SeedAdministratorCommand : ICommand<SeedAdministratorResult>
{
    public string? Username { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    // Records print every property (MVC logs action arguments at Trace): never the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Username = {Username}, Email = {Email}, Password = ***");
        return true;
    }
}
