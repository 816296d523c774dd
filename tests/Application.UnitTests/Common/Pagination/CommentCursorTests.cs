using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

public class CommentCursorTests
{
    // Cursors keep whole microseconds (PostgreSQL's precision), so test times have no finer ticks.
    private static readonly DateTimeOffset CreatedAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(6_543_210);
    private static readonly string Valid = new CommentCursor(CreatedAt, 42).Encode();

    public static IEnumerable<TestCaseData> Cursors()
    {
        yield return new TestCaseData(new CommentCursor(CreatedAt, 42)).SetArgDisplayNames("typical");
        yield return new TestCaseData(new CommentCursor(DateTimeOffset.UnixEpoch, 0)).SetArgDisplayNames("epoch, id zero");
        yield return new TestCaseData(new CommentCursor(CreatedAt, long.MaxValue)).SetArgDisplayNames("largest id");
    }

    public static IEnumerable<TestCaseData> BadTexts() =>
        BadCursorTexts.Around(Valid, new ArticleCursor(CreatedAt, Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f")).Encode())
            .Append(new TestCaseData(new ArticleCursor(CreatedAt, Guid.Empty, 0.5f).Encode()).SetArgDisplayNames("a ranked article cursor"));

    [TestCaseSource(nameof(Cursors))]
    public void TryDecode_EncodedCursor_GivesTheSameCursorBack(CommentCursor cursor)
    {
        var decoded = CommentCursor.TryDecode(cursor.Encode(), out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.True);
            Assert.That(result, Is.EqualTo(cursor));
            Assert.That(result.CreatedAt.Ticks, Is.EqualTo(cursor.CreatedAt.Ticks));
        }
    }

    [Test]
    public void TryDecode_TimeFinerThanAMicrosecond_KeepsTheWholeMicroseconds()
    {
        CommentCursor.TryDecode(new CommentCursor(CreatedAt.AddTicks(9), 42).Encode(), out var result);

        Assert.That(result.CreatedAt, Is.EqualTo(CreatedAt));
    }

    [Test]
    public void Encode_Cursor_IsUrlSafe()
    {
        Assert.That(Uri.EscapeDataString(Valid), Is.EqualTo(Valid));
    }

    [TestCaseSource(nameof(BadTexts))]
    public void TryDecode_BadText_IsFalseWithoutThrowing(string? text)
    {
        var decoded = true;
        var result = new CommentCursor(CreatedAt, 42);

        Assert.That(() => decoded = CommentCursor.TryDecode(text, out result), Throws.Nothing);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.False);
            Assert.That(result, Is.EqualTo(default(CommentCursor)));
        }
    }
}
