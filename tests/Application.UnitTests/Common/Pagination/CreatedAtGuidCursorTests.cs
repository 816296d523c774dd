using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

public class CreatedAtGuidCursorTests
{
    private const string Users = CreatedAtGuidCursor.UsersPurpose;
    private const string Jobs = CreatedAtGuidCursor.JobsPurpose;

    private static readonly DateTimeOffset CreatedAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero).AddTicks(6_543_210);
    private static readonly Guid Id = Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f");
    private static readonly CreatedAtGuidCursor Cursor = new(CreatedAt, Id);

    // Users and jobs cursors share their payload, so each is the other list's cursor of the same bytes.
    public static IEnumerable<TestCaseData> BadUsersCursorTexts() => BadCursorTexts.Around(Cursor.Encode(Users), Cursor.Encode(Jobs));

    public static IEnumerable<TestCaseData> BadJobsCursorTexts() => BadCursorTexts.Around(Cursor.Encode(Jobs), Cursor.Encode(Users));

    [TestCase(Users)]
    [TestCase(Jobs)]
    public void TryDecode_EncodedCursor_GivesTheSameCursorBack(string purpose)
    {
        var decoded = CreatedAtGuidCursor.TryDecode(purpose, Cursor.Encode(purpose), out var result);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decoded, Is.True);
            Assert.That(result, Is.EqualTo(Cursor));
        }
    }

    [TestCaseSource(nameof(BadUsersCursorTexts))]
    public void TryDecode_AnythingButAUsersCursor_IsRefusedByTheUsersList(string? text) =>
        Assert.That(CreatedAtGuidCursor.TryDecode(Users, text, out _), Is.False);

    [TestCaseSource(nameof(BadJobsCursorTexts))]
    public void TryDecode_AnythingButAJobsCursor_IsRefusedByTheJobsList(string? text) =>
        Assert.That(CreatedAtGuidCursor.TryDecode(Jobs, text, out _), Is.False);

    [TestCase(Users)]
    [TestCase(Jobs)]
    public void TryDecode_AnArticleCursorOfTheSameBytes_IsRefused(string purpose)
    {
        // Same payload layout as a plain article cursor: only the purpose in the checksum tells them apart.
        Assert.That(CreatedAtGuidCursor.TryDecode(purpose, new ArticleCursor(CreatedAt, Id).Encode(), out _), Is.False);
    }
}
