using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

public class AuditCursorTests
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(6_543_210);

    public static IEnumerable<TestCaseData> BadAuditCursorTexts() =>
        BadCursorTexts.Around(new AuditCursor(At, 42).Encode(), new CommentCursor(At, 42).Encode());

    [Test]
    public void AuditCursor_Encoded_DecodesToTheSameCursor()
    {
        Assert.That(AuditCursor.TryDecode(new AuditCursor(At, 42).Encode(), out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(new AuditCursor(At, 42)));
    }

    [TestCaseSource(nameof(BadAuditCursorTexts))]
    public void AuditCursor_BadText_IsRejected(string? text) => Assert.That(AuditCursor.TryDecode(text, out _), Is.False);
}
