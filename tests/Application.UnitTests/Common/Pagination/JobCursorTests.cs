using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

public class JobCursorTests
{
    private static readonly DateTimeOffset CreatedAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(6_543_210);
    private static readonly Guid Id = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");
    private static readonly string Valid = new JobCursor(CreatedAt, Id).Encode();

    public static IEnumerable<TestCaseData> BadTexts() =>
        BadCursorTexts.Around(Valid, new ArticleCursor(CreatedAt, Id).Encode());

    [Test]
    public void TryDecode_EncodedCursor_GivesTheSameCursorBack()
    {
        var decoded = JobCursor.TryDecode(Valid, out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.True);
            Assert.That(result, Is.EqualTo(new JobCursor(CreatedAt, Id)));
        }
    }

    [TestCaseSource(nameof(BadTexts))]
    public void TryDecode_AnythingButAJobCursor_IsRefused(string? text)
    {
        Assert.That(JobCursor.TryDecode(text, out _), Is.False);
    }

    [Test]
    public void TryDecode_AnArticleCursorOfTheSameBytes_IsRefused()
    {
        // Same payload layout as a plain article cursor: only the purpose in the checksum tells them apart.
        Assert.That(JobCursor.TryDecode(new ArticleCursor(CreatedAt, Id).Encode(), out _), Is.False);
    }
}
