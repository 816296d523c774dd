using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.Publishing.Comments.Queries.ListComments;

/// <summary>GET /articles/{slug}/comments, newest first.</summary>
public sealed record ListCommentsQuery : IQuery<CommentListDto>
{
    public string Slug { get; init; } = string.Empty;

    /// <summary>Conduit clients expect every comment in one response, so the default page is the largest one.</summary>
    public int? Limit { get; init; }

    public int? Offset { get; init; }

    public string? Cursor
    {
        get;
        init
        {
            field = value;
            After = CursorLists.Comments.TryDecode(value, out var after) ? after : null;
        }
    }

    /// <summary>Where the page starts, decoded from <see cref="Cursor"/> once; null without one or when it is invalid (which the validator refuses).</summary>
    internal KeysetCursor<long>? After { get; private init; }
}
