using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Publishing;

/// <summary>Tags are compared without regard to case or surrounding space, so they are stored normalised.</summary>
public static class TagNames
{
    public const int MaxLength = 40;
    public const int MaxPerArticle = 20;

    public static string Normalize(string tag) => string.Join(' ', tag.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Normalised, without blanks or duplicates, in alphabetical order.</summary>
    public static IReadOnlyList<string> NormalizeAll(IEnumerable<string?> tags)
    {
        var normalized = tags
            .Where(tag => !string.IsNullOrWhiteSpace(tag))
            .Select(tag => Normalize(tag!))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        if (normalized.Count > MaxPerArticle)
        {
            throw new DomainRuleViolationException("tagList", $"has more than {MaxPerArticle} tags");
        }

        if (normalized.Any(tag => tag.Length > MaxLength))
        {
            throw new DomainRuleViolationException("tagList", $"has a tag longer than {MaxLength} characters");
        }

        return normalized;
    }
}
