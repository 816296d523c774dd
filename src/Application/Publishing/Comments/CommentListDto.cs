namespace CleanBackend.Application.Publishing.Comments;

public sealed class CommentListDto
{
    public IReadOnlyList<CommentDto> Comments { get; init; } = [];

    /// <summary>Opaque; pass it as <c>cursor</c> for the next page. Null on the last page.</summary>
    public string? NextCursor { get; init; }
}
