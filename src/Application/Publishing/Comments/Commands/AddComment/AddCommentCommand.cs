using System.Text.Json.Serialization;
using CleanBackend.Application.Common.Idempotency;
using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Security;

namespace CleanBackend.Application.Publishing.Comments.Commands.AddComment;

[Authorize]
[Idempotent]
public sealed record AddCommentCommand : ICommand<CommentDto>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public string Slug { get; init; } = string.Empty;

    public string? Body { get; init; }
}
