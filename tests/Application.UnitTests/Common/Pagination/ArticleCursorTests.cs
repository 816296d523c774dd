using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

public class ArticleCursorTests
{
    // Cursors keep whole microseconds (PostgreSQL's precision), so test times have no finer ticks.
    private static readonly DateTimeOffset CreatedAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);
    private static readonly Guid Id = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");
    private static readonly string Valid = new ArticleCursor(CreatedAt, Id).Encode();

    public static IEnumerable<TestCaseData> Cursors()
    {
        yield return new TestCaseData(new ArticleCursor(CreatedAt, Id)).SetArgDisplayNames("without rank");
        yield return new TestCaseData(new ArticleCursor(CreatedAt, Id, 0.0759909f)).SetArgDisplayNames("with rank");
        yield return new TestCaseData(new ArticleCursor(CreatedAt, Id, 0f)).SetArgDisplayNames("with rank zero");
        yield return new TestCaseData(new ArticleCursor(DateTimeOffset.UnixEpoch, Guid.Empty)).SetArgDisplayNames("epoch, empty id");
        yield return new TestCaseData(new ArticleCursor(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_990), Id, float.MaxValue))
            .SetArgDisplayNames("latest time, largest rank");
    }

    public static IEnumerable<TestCaseData> BadTexts() =>
        BadCursorTexts.Around(Valid, new CommentCursor(CreatedAt, 42).Encode());

    [TestCaseSource(nameof(Cursors))]
    public void TryDecode_EncodedCursor_GivesTheSameCursorBack(ArticleCursor cursor)
    {
        var decoded = ArticleCursor.TryDecode(cursor.Encode(), out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.True);
            Assert.That(result, Is.EqualTo(cursor));
            Assert.That(result.CreatedAt.Ticks, Is.EqualTo(cursor.CreatedAt.Ticks));
            Assert.That(result.Rank, Is.EqualTo(cursor.Rank));
        }
    }

    [Test]
    public void TryDecode_TimeWithAnOffset_GivesTheSameInstantInUtc()
    {
        var createdAt = new DateTimeOffset(2026, 2, 1, 12, 30, 0, TimeSpan.FromHours(2));

        ArticleCursor.TryDecode(new ArticleCursor(createdAt, Id).Encode(), out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.CreatedAt.UtcTicks, Is.EqualTo(createdAt.UtcTicks));
            Assert.That(result.CreatedAt.Offset, Is.EqualTo(TimeSpan.Zero));
        }
    }

    [Test]
    public void TryDecode_TimeFinerThanAMicrosecond_KeepsTheWholeMicroseconds()
    {
        ArticleCursor.TryDecode(new ArticleCursor(CreatedAt.AddTicks(7), Id).Encode(), out var result);

        Assert.That(result.CreatedAt, Is.EqualTo(CreatedAt));
    }

    [Test]
    public void Encode_RankedAndUnranked_DifferAndAreUrlSafe()
    {
        var ranked = new ArticleCursor(CreatedAt, Id, 0.5f).Encode();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ranked, Is.Not.EqualTo(Valid));
            Assert.That(Valid, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(ranked, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(Uri.EscapeDataString(Valid), Is.EqualTo(Valid));
        }
    }

    [TestCaseSource(nameof(BadTexts))]
    public void TryDecode_BadText_IsFalseWithoutThrowing(string? text)
    {
        var decoded = true;
        var result = new ArticleCursor(CreatedAt, Id);

        Assert.That(() => decoded = ArticleCursor.TryDecode(text, out result), Throws.Nothing);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.False);
            Assert.That(result, Is.EqualTo(default(ArticleCursor)));
        }
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    [TestCase(float.NegativeInfinity)]
    public void TryDecode_NonFiniteRank_IsFalse(float rank)
    {
        Assert.That(ArticleCursor.TryDecode(new ArticleCursor(CreatedAt, Id, rank).Encode(), out _), Is.False);
    }
}
