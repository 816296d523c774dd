using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Publishing.Comments;

public sealed class CommentDto
{
    public long Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string Body { get; init; } = string.Empty;

    public ProfileDto Author { get; init; } = new();
}
