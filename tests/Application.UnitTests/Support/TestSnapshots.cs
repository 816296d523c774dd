using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.UnitTests.Support;

/// <summary>Cached, viewer-independent articles as the read port's snapshot reads return them.</summary>
internal static class TestSnapshots
{
    public static ArticleSnapshot Article(string slug, Guid authorId, string author = "Jake") =>
        new(
            Guid.NewGuid(),
            authorId,
            new ArticleDto
            {
                Slug = slug,
                Title = "Title of " + slug,
                Description = "Description of " + slug,
                Body = "Body of " + slug,
                TagList = ["dragons", "training"],
                CreatedAt = TestArticles.PublishedAt,
                UpdatedAt = TestArticles.PublishedAt.AddHours(1),
                FavoritesCount = 3,
                Author = new ProfileDto { Username = author, Bio = author + "'s bio", Image = "https://example.com/" + author + ".png" },
            });
}
