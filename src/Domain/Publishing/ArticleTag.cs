namespace CleanBackend.Domain.Publishing;

public sealed class ArticleTag
{
    private ArticleTag()
    {
    }

    internal ArticleTag(Guid articleId, int tagId)
    {
        ArticleId = articleId;
        TagId = tagId;
    }

    public Guid ArticleId { get; private set; }

    public int TagId { get; private set; }
}
