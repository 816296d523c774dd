using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Identity.Contracts;
using CleanBackend.Domain.Identity.Events;

namespace CleanBackend.Application.Social.Allowed;

/// <summary>The control: a Social type that uses only Identity's public surface and shared code.</summary>
internal sealed class ContractConsumer
{
    public IdentityUserSummary? Author { get; set; }

    public Optional<string> Nickname { get; set; }

    public static string Describe(UserRenamed renamed) => new IdentityUserSummary(renamed.UserId, renamed.Username).Username;
}
