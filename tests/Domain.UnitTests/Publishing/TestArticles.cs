using CleanBackend.Domain.Publishing;

namespace CleanBackend.Domain.UnitTests.Publishing;

internal static class TestArticles
{
    public static readonly Guid AuthorId = Guid.Parse("0b5e6f3a-2c4d-4e8f-9a1b-3c5d7e9f1a2b");

    public static readonly DateTimeOffset PublishedAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Later = PublishedAt.AddHours(2);

    public static Article Publish(params int[] tagIds) =>
        Article.Publish(AuthorId, "how-to-train-your-dragon", "How to train your dragon", "Ever wonder how?", "You have to believe", tagIds, PublishedAt);
}
