using System.Buffers.Text;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

/// <summary>Texts a client may send as a cursor that must be refused, built around one valid cursor of the list under test.</summary>
internal static class BadCursorTexts
{
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static IEnumerable<TestCaseData> Around(string valid, string otherListsCursor)
    {
        yield return Case(null, "null");
        yield return Case(string.Empty, "empty");
        yield return Case("   ", "white space");
        yield return Case("garbage", "garbage");
        yield return Case("not a cursor", "words");
        yield return Case("AAAAAAAA", "zero bytes");
        yield return Case("{\"createdAt\":\"2026-02-01\"}", "json");
        yield return Case("1", "one character");
        yield return Case(valid[..10] + "+" + valid[10..], "base64 '+'");
        yield return Case(valid[..10] + "/" + valid[10..], "base64 '/'");
        yield return Case(valid[..10] + "%2F" + valid[10..], "url-escaped");
        yield return Case(valid + "!", "trailing '!'");
        yield return Case("é" + valid, "non-ascii");
        yield return Case(valid[..10] + "\0" + valid[10..], "nul character");

        for (var position = 0; position < valid.Length; position++)
        {
            yield return Case(ChangedAt(valid, position), $"changed at {position}");
        }

        yield return Case(valid[..^1], "last character cut");
        yield return Case(valid[..^4], "last four characters cut");
        yield return Case(valid[..(valid.Length / 2)], "cut in half");
        yield return Case(valid[1..], "first character cut");
        yield return Case(valid + "AA", "two characters appended");
        yield return Case(valid + valid, "repeated");
        yield return Case(otherListsCursor, "another list's cursor");
        yield return Case(RandomBytesOfTheSameLength(valid), "random bytes");
        yield return Case(valid + new string('A', 256), "overlong");
        yield return Case(new string('A', 100_000), "huge");
    }

    private static string ChangedAt(string valid, int position)
    {
        var replacement = Base64UrlAlphabet[(Base64UrlAlphabet.IndexOf(valid[position], StringComparison.Ordinal) + 1) % Base64UrlAlphabet.Length];
        return string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
    }

    private static string RandomBytesOfTheSameLength(string valid)
    {
        var bytes = new byte[Base64Url.GetMaxDecodedLength(valid.Length)];
        new Random(42).NextBytes(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    private static TestCaseData Case(string? text, string name) => new TestCaseData(text).SetArgDisplayNames(name);
}
