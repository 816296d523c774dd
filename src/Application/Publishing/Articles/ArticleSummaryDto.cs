using CleanBackend.Application.Social.Contracts;

namespace CleanBackend.Application.Publishing.Articles;

/// <summary>An article as lists show it: everything but the body.</summary>
public class ArticleSummaryDto
{
    public string Slug { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    /// <summary>Alphabetical (ordinal).</summary>
    public IReadOnlyList<string> TagList { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether the viewer has favorited it; false for anonymous viewers.</summary>
    public bool Favorited { get; init; }

    public int FavoritesCount { get; init; }

    public ProfileDto Author { get; init; } = new();
}
