using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Publishing;

public sealed class Article : AggregateRoot
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 1000;
    public const int MaxBodyLength = 100_000;

    public static RequiredText TitleRule { get; } = new(MaxTitleLength);

    public static RequiredText DescriptionRule { get; } = new(MaxDescriptionLength);

    public static RequiredText BodyRule { get; } = new(MaxBodyLength);

    private readonly List<ArticleTag> _tags = [];

    private Article()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public Guid AuthorId { get; private set; }

    /// <summary>Kept by the favorites store with atomic increments, never written from this entity.</summary>
    public int FavoritesCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<ArticleTag> Tags => _tags;

    public static Article Publish(
        Guid authorId,
        string slug,
        string title,
        string description,
        string body,
        IEnumerable<int> tagIds,
        DateTimeOffset now)
    {
        var article = new Article
        {
            Id = Guid.CreateVersion7(now),
            AuthorId = authorId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        article.SetTitle(title, slug);
        article.SetDescription(description);
        article.SetBody(body);
        article.SetTags(tagIds);
        return article;
    }

    public bool IsAuthoredBy(Guid userId) => AuthorId == userId;

    /// <summary>The slug follows the title, so a new title comes with the slug made from it.</summary>
    public void Retitle(string title, string slug, DateTimeOffset now)
    {
        SetTitle(title, slug);
        Touch(now);
    }

    public void Describe(string description, DateTimeOffset now)
    {
        SetDescription(description);
        Touch(now);
    }

    public void Rewrite(string body, DateTimeOffset now)
    {
        SetBody(body);
        Touch(now);
    }

    public void Retag(IEnumerable<int> tagIds, DateTimeOffset now)
    {
        SetTags(tagIds);
        Touch(now);
    }

    private void Touch(DateTimeOffset now) => UpdatedAt = now > UpdatedAt ? now : UpdatedAt;

    private void SetTitle(string title, string slug)
    {
        Title = TitleRule.Require("title", title);
        Slug = Publishing.Slug.Rule.Require("slug", slug);
    }

    private void SetDescription(string description) => Description = DescriptionRule.Require("description", description);

    private void SetBody(string body) => Body = BodyRule.Require("body", body);

    private void SetTags(IEnumerable<int> tagIds)
    {
        var wanted = tagIds.ToHashSet();
        _tags.RemoveAll(tag => !wanted.Contains(tag.TagId));
        foreach (var tagId in wanted.Where(tagId => _tags.All(tag => tag.TagId != tagId)))
        {
            _tags.Add(new ArticleTag(Id, tagId));
        }
    }
}
