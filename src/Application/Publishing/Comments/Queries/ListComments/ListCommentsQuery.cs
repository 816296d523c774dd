using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Publishing.Comments.Queries.ListComments;

/// <summary>GET /articles/{slug}/comments, newest first.</summary>
public sealed record ListCommentsQuery : IQuery<CommentListDto>
{
    public string Slug { get; init; } = string.Empty;

    /// <summary>Conduit clients expect every comment in one response, so the default page is the largest one.</summary>
    public int? Limit { get; init; }

    public int? Offset { get; init; }

    public string? Cursor { get; init; }
}
