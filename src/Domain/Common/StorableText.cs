namespace CleanBackend.Domain.Common;

/// <summary>
/// The one rule every piece of text must meet before it is stored or searched for: PostgreSQL's text and
/// jsonb cannot hold U+0000, and a UTF-16 surrogate without its partner has no UTF-8 form at all.
/// </summary>
public static class StorableText
{
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        // Nearly all text has neither: two vectorised scans, and the pairing walk only once a surrogate shows up.
        if (text.Contains('\0'))
        {
            return false;
        }

        var firstSurrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        return firstSurrogate < 0 || SurrogatesArePaired(text[firstSurrogate..]);
    }

    private static bool SurrogatesArePaired(ReadOnlySpan<char> text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return false;
            }
        }

        return true;
    }
}
