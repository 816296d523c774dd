using CleanBackend.Application.Administration.Audit.Queries.ListAuditEntries;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Identity.Administration.Queries.ListUsers;
using CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;
using CleanBackend.Application.Publishing.Articles.Queries.GetFeed;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;
using CleanBackend.Application.Publishing.Comments.Queries.ListComments;

namespace CleanBackend.Application.UnitTests.Common.Pagination;

/// <summary>Each paged request decodes its cursor text once, as it is bound, with its own list's codec.</summary>
public class PagedQueryCursorTests
{
    private static readonly DateTimeOffset At = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly KeysetCursor<Guid> GuidPosition = new(At, Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f"));
    private static readonly KeysetCursor<long> LongPosition = new(At, 42);

    // Each list's own cursor, then one of another list: the position, then nothing.
    public static IEnumerable<TestCaseData> Requests()
    {
        yield return Case("ListArticles", cursor => new ListArticlesQuery { Cursor = cursor }.After, CursorLists.Articles.Encode(GuidPosition), GuidPosition, CursorLists.Users.Encode(GuidPosition));
        yield return Case("GetFeed", cursor => new GetFeedQuery { Cursor = cursor }.After, CursorLists.Articles.Encode(GuidPosition), GuidPosition, CursorLists.Jobs.Encode(GuidPosition));
        yield return Case("ListComments", cursor => new ListCommentsQuery { Cursor = cursor }.After, CursorLists.Comments.Encode(LongPosition), LongPosition, CursorLists.Audit.Encode(LongPosition));
        yield return Case("ListAuditEntries", cursor => new ListAuditEntriesQuery { Cursor = cursor }.After, CursorLists.Audit.Encode(LongPosition), LongPosition, CursorLists.Comments.Encode(LongPosition));
        yield return Case("ListUsers", cursor => new ListUsersQuery { Cursor = cursor }.After, CursorLists.Users.Encode(GuidPosition), GuidPosition, CursorLists.Jobs.Encode(GuidPosition));
        yield return Case("ListJobs", cursor => new ListJobsQuery { Cursor = cursor }.After, CursorLists.Jobs.Encode(GuidPosition), GuidPosition, CursorLists.Users.Encode(GuidPosition));
    }

    [TestCaseSource(nameof(Requests))]
    public void Cursor_WhenBound_IsDecodedIntoAfterWithTheListsOwnCodec(Func<string?, object?> bind, string ownCursor, object position, string otherListsCursor)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bind(ownCursor), Is.EqualTo(position));
            Assert.That(bind(otherListsCursor), Is.Null);
            Assert.That(bind("garbage"), Is.Null);
            Assert.That(bind(null), Is.Null);
        }
    }

    private static TestCaseData Case<TId>(string name, Func<string?, KeysetCursor<TId>?> bind, string ownCursor, KeysetCursor<TId> position, string otherListsCursor)
        where TId : struct =>
        new TestCaseData(new Func<string?, object?>(cursor => bind(cursor)), ownCursor, position, otherListsCursor).SetArgDisplayNames(name);
}
