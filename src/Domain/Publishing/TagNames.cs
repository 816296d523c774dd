using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Publishing;

/// <summary>Tags are compared without regard to case or surrounding space, so they are stored normalised.</summary>
public static class TagNames
{
    public const int MaxLength = 40;
    public const int MaxPerArticle = 20;

    public static readonly string TooMany = $"has more than {MaxPerArticle} tags";
    public static readonly string TooLong = $"has a tag longer than {MaxLength} characters";

    public static string Normalize(string tag) => string.Join(' ', tag.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>
    /// The message for what is wrong with an article's tag list, or null when it may be stored. Blank tags and
    /// tags that are the same once normalised are dropped before counting, as <see cref="NormalizeAll"/> drops them;
    /// no list at all is no tags.
    /// </summary>
    public static string? ProblemWith(IEnumerable<string?>? tags) => tags is null ? null : ProblemWithNormalized(NormalizedDistinct(tags).ToList());

    /// <summary>Normalised, without blanks or duplicates, in alphabetical order.</summary>
    public static IReadOnlyList<string> NormalizeAll(IEnumerable<string?> tags)
    {
        var normalized = NormalizedDistinct(tags).Order(StringComparer.Ordinal).ToList();
        DomainRuleViolationException.ThrowIfBroken("tagList", ProblemWithNormalized(normalized));
        return normalized;
    }

    private static IEnumerable<string> NormalizedDistinct(IEnumerable<string?> tags) =>
        tags.Where(tag => !string.IsNullOrWhiteSpace(tag)).Select(tag => Normalize(tag!)).Distinct(StringComparer.Ordinal);

    private static string? ProblemWithNormalized(IReadOnlyCollection<string> normalized) =>
        normalized.Count > MaxPerArticle ? TooMany
        : normalized.Any(tag => tag.Length > MaxLength) ? TooLong
        : null;
}
