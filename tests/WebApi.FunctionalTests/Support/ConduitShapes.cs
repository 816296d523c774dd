using System.Globalization;
using System.Text.Json;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// The exact JSON shapes of the Conduit objects, asserted on the raw JSON: the member set must match
/// exactly (nothing missing, nothing extra), nullable members must be present as null, and
/// timestamps must be ISO 8601 UTC with milliseconds and a Z.
/// </summary>
public static class ConduitShapes
{
    /// <summary>ISO 8601 in UTC with exactly three fractional digits and a Z, e.g. 2026-11-22T10:00:00.123Z.</summary>
    public const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";

    public static readonly IReadOnlyList<string> ArticleKeys =
        ["slug", "title", "description", "body", "tagList", "createdAt", "updatedAt", "favorited", "favoritesCount", "author"];

    /// <summary>A list item: every article member but the body.</summary>
    public static readonly IReadOnlyList<string> ArticleSummaryKeys = ArticleKeys.Where(key => key != "body").ToList();

    public static readonly IReadOnlyList<string> ProfileKeys = ["username", "bio", "image", "following"];

    public static readonly IReadOnlyList<string> CommentKeys = ["id", "createdAt", "updatedAt", "body", "author"];

    /// <summary>A full article, as the single-article endpoints return it.</summary>
    public static JsonElement ShouldBeArticle(this JsonElement article)
    {
        Assert.That(article.Keys(), Is.EquivalentTo(ArticleKeys), $"article members in {article}");
        AssertArticleMembers(article);
        article.String("body");
        return article;
    }

    /// <summary>A list item: an article without the body member.</summary>
    public static JsonElement ShouldBeArticleSummary(this JsonElement article)
    {
        Assert.That(article.Keys(), Is.EquivalentTo(ArticleSummaryKeys), $"list item members (no body) in {article}");
        AssertArticleMembers(article);
        return article;
    }

    public static JsonElement ShouldBeProfile(this JsonElement profile)
    {
        Assert.That(profile.Keys(), Is.EquivalentTo(ProfileKeys), $"profile members in {profile}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.String("username"), Is.Not.Empty);
            profile.StringOrNull("bio");
            profile.StringOrNull("image");
            profile.Bool("following");
        }

        return profile;
    }

    public static JsonElement ShouldBeComment(this JsonElement comment)
    {
        Assert.That(comment.Keys(), Is.EquivalentTo(CommentKeys), $"comment members in {comment}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(comment.Long("id"), Is.Positive);
            ShouldBeTimestamp(comment, "createdAt");
            ShouldBeTimestamp(comment, "updatedAt");
            Assert.That(comment.String("body"), Is.Not.Empty);
        }

        comment.Object("author").ShouldBeProfile();
        return comment;
    }

    /// <summary>The member is a string like <c>2026-11-22T10:00:00.123Z</c>; returns it parsed.</summary>
    public static DateTimeOffset ShouldBeTimestamp(this JsonElement element, string name)
    {
        var text = element.String(name);
        Assert.That(text, Does.Match(TimestampPattern), $"'{name}' should be ISO 8601 UTC with milliseconds and Z");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    /// <summary>A profile whose bio and image were never set: both present and null.</summary>
    public static void ShouldHaveNullBioAndImage(this JsonElement profile)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ApiResponse.Member(profile, "bio").ValueKind, Is.EqualTo(JsonValueKind.Null), $"bio in {profile}");
            Assert.That(ApiResponse.Member(profile, "image").ValueKind, Is.EqualTo(JsonValueKind.Null), $"image in {profile}");
        }
    }

    private static void AssertArticleMembers(JsonElement article)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.String("slug"), Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"), "slug is lower-case and hyphenated");
            Assert.That(article.String("title"), Is.Not.Empty);
            Assert.That(article.String("description"), Is.Not.Empty);
            Assert.That(article.Strings("tagList"), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "tagList is sorted");
            ShouldBeTimestamp(article, "createdAt");
            ShouldBeTimestamp(article, "updatedAt");
            article.Bool("favorited");
            Assert.That(article.Int("favoritesCount"), Is.GreaterThanOrEqualTo(0));
        }

        article.Object("author").ShouldBeProfile();
    }
}
