using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

public class UserAndAuditCursorTests
{
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(6_543_210);
    private static readonly Guid UserId = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");

    public static IEnumerable<TestCaseData> BadUserCursorTexts() =>
        BadCursorTexts.Around(new UserCursor(At, UserId).Encode(), new ArticleCursor(At, UserId).Encode());

    public static IEnumerable<TestCaseData> BadAuditCursorTexts() =>
        BadCursorTexts.Around(new AuditCursor(At, 42).Encode(), new CommentCursor(At, 42).Encode());

    [Test]
    public void UserCursor_Encoded_DecodesToTheSameCursor()
    {
        Assert.That(UserCursor.TryDecode(new UserCursor(At, UserId).Encode(), out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(new UserCursor(At, UserId)));
    }

    [Test]
    public void AuditCursor_Encoded_DecodesToTheSameCursor()
    {
        Assert.That(AuditCursor.TryDecode(new AuditCursor(At, 42).Encode(), out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(new AuditCursor(At, 42)));
    }

    [TestCaseSource(nameof(BadUserCursorTexts))]
    public void UserCursor_BadText_IsRejected(string? text) => Assert.That(UserCursor.TryDecode(text, out _), Is.False);

    [TestCaseSource(nameof(BadAuditCursorTexts))]
    public void AuditCursor_BadText_IsRejected(string? text) => Assert.That(AuditCursor.TryDecode(text, out _), Is.False);

    [Test]
    public void Cursors_AreBoundToTheirList_AnArticleCursorIsNoUserCursor()
    {
        Assert.That(UserCursor.TryDecode(new ArticleCursor(At, UserId).Encode(), out _), Is.False);
    }
}
