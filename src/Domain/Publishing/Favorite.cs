namespace CleanBackend.Domain.Publishing;

/// <summary>A user's favorite; the pair is the identity, so favoriting twice is one favorite.</summary>
public sealed class Favorite
{
    private Favorite()
    {
    }

    public Guid UserId { get; private set; }

    public Guid ArticleId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
