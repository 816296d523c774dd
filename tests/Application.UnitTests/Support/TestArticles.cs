using CleanBackend.Domain.Publishing;

namespace CleanBackend.Application.UnitTests.Support;

internal static class TestArticles
{
    public const string Title = "How to train your dragon";

    public const string Slug = "how-to-train-your-dragon";

    public static readonly DateTimeOffset PublishedAt = FakeClock.DefaultStart.AddDays(-1);

    public static Article Publish(Guid authorId, params int[] tagIds) =>
        Article.Publish(authorId, Slug, Title, "Ever wonder how?", "You have to believe", tagIds, PublishedAt);
}
