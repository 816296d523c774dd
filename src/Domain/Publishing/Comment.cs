using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Publishing;

public sealed class Comment
{
    public const int MaxBodyLength = 10_000;

    public static RequiredText BodyRule { get; } = new(MaxBodyLength);

    private Comment()
    {
    }

    /// <summary>A database-assigned number: Conduit clients expect comment ids to be integers.</summary>
    public long Id { get; private set; }

    public Guid ArticleId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string Body { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Comment Write(Guid articleId, Guid authorId, string body, DateTimeOffset now)
    {
        BodyRule.Require("body", body);
        return new Comment { ArticleId = articleId, AuthorId = authorId, Body = body, CreatedAt = now, UpdatedAt = now };
    }

    /// <summary>Authors remove their own comments; moderators may remove anyone's.</summary>
    public bool MayBeDeletedBy(Guid userId, bool isModerator) => isModerator || AuthorId == userId;
}
