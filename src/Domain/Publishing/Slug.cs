using System.Globalization;
using System.Text;

namespace CleanBackend.Domain.Publishing;

/// <summary>Turns a title into the URL-safe, lower-case, hyphenated part of an article's address.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    private const string Fallback = "article";

    public static string FromTitle(string title)
    {
        var builder = new StringBuilder(Math.Min(title.Length, MaxLength));
        var pendingHyphen = false;

        // Decomposing first turns "é" into "e" + a combining accent, which is then dropped.
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        var slug = builder.ToString(0, Math.Min(builder.Length, MaxLength)).TrimEnd('-');
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>The slug made unique by a short random suffix, for when another article already has it.</summary>
    public static string WithSuffix(string slug, string suffix)
    {
        var room = MaxLength - suffix.Length - 1;
        return $"{(slug.Length > room ? slug[..room].TrimEnd('-') : slug)}-{suffix}";
    }
}
