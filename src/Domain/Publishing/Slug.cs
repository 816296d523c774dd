using System.Collections.Frozen;
using System.Text;
using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Publishing;

/// <summary>Turns a title into the URL-safe, lower-case, hyphenated part of an article's address.</summary>
public static class Slug
{
    public const int MaxLength = 100;

    /// <summary>What an article's slug must be when it is stored, whoever made it.</summary>
    public static RequiredText Rule { get; } = new(MaxLength);

    private const string Fallback = "article";

    // string.Normalize does nothing to non-ASCII text under InvariantGlobalization (Directory.Build.props),
    // so accented Latin letters are folded by this table instead of by Unicode decomposition.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    private const string Unaccented = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

    private static readonly FrozenDictionary<char, string> Folds = Accented
        .Select((accented, index) => KeyValuePair.Create(accented, Unaccented[index].ToString()))
        .Concat(new Dictionary<char, string> { ['ß'] = "ss", ['Æ'] = "AE", ['æ'] = "ae", ['Œ'] = "OE", ['œ'] = "oe", ['Þ'] = "TH", ['þ'] = "th", ['Ð'] = "D", ['ð'] = "d" })
        .ToFrozenDictionary();

    public static string FromTitle(string title)
    {
        var builder = new StringBuilder(Math.Min(title.Length, MaxLength));
        var pendingHyphen = false;

        foreach (var original in title)
        {
            foreach (var c in Folds.TryGetValue(original, out var folded) ? folded : original.ToString())
            {
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
