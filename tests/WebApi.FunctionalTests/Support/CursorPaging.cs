using System.Net;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>Follows <c>nextCursor</c> from page to page, the way a client scrolling a list does.</summary>
public static class CursorPaging
{
    /// <summary>More pages than any walk in these tests needs: reaching it means the cursor never ran out.</summary>
    public const int MaxPages = 200;

    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>
    /// Fetches the first page (cursor null), then each next page with the previous page's
    /// <c>nextCursor</c>, until a page returns <c>nextCursor: null</c>. Every page must be a 200.
    /// </summary>
    public static async Task<IReadOnlyList<ApiResponse>> WalkAsync(Func<string?, Task<ApiResponse>> fetchPage)
    {
        var pages = new List<ApiResponse>();
        string? cursor = null;
        do
        {
            var page = (await fetchPage(cursor)).ShouldHaveStatus(HttpStatusCode.OK);
            pages.Add(page);
            cursor = page.NextCursor;
            Assert.That(cursor, Is.Null.Or.Not.Empty, "nextCursor is either null or a usable string");
            if (pages.Count >= MaxPages)
            {
                Assert.Fail($"The cursor walk did not end after {MaxPages} pages.");
            }
        }
        while (cursor is not null);

        return pages;
    }

    /// <summary><c>&amp;cursor=…</c> (escaped) when <paramref name="cursor"/> is set, otherwise nothing.</summary>
    public static string CursorParameter(string? cursor) =>
        cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}";

    /// <summary><paramref name="cursor"/> with the character at <paramref name="position"/> replaced by another URL-safe Base64 character.</summary>
    public static string Tamper(string cursor, int position)
    {
        var original = cursor[position];
        var index = Base64UrlAlphabet.IndexOf(original, StringComparison.Ordinal);
        var replacement = Base64UrlAlphabet[(index + 1) % Base64UrlAlphabet.Length];
        return string.Concat(cursor.AsSpan(0, position), replacement.ToString(), cursor.AsSpan(position + 1));
    }
}
