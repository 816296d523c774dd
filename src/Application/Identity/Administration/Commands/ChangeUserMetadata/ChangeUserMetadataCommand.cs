using System.Text.Json;
using System.Text.Json.Serialization;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration.Commands.ChangeUserMetadata;

/// <summary>Replaces a user's metadata with a JSON object (searchable with the listing's metadata filter).</summary>
[Authorize(Permissions = Permission.UsersManage)]
public sealed record ChangeUserMetadataCommand : ICommand<AdminUserDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public JsonElement? Metadata { get; init; }
}
