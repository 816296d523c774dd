using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;
using CleanBackend.Application.UnitTests.Support;

namespace CleanBackend.Application.UnitTests.Notifications.Jobs;

public class ListJobsQueryValidatorTests
{
    private static readonly KeysetCursor<Guid> Cursor = new(DateTimeOffset.UnixEpoch, Guid.Parse("01950f4e-7c2a-7d3b-9e4f-5a6b7c8d9e0f"));

    private readonly ListJobsQueryValidator _validator = new();

    [Test]
    public void Validate_AJobsCursor_HasNoErrors()
    {
        Assert.That(ValidationErrors.Of(_validator, new ListJobsQuery { Limit = 10, Cursor = CursorLists.Jobs.Encode(Cursor) }), Is.Empty);
    }

    [Test]
    public void Validate_AUsersCursor_IsInvalid()
    {
        // A users cursor has the very bytes of a jobs cursor; only its purpose differs.
        Assert.That(
            ValidationErrors.Of(_validator, new ListJobsQuery { Cursor = CursorLists.Users.Encode(Cursor) }),
            Is.EqualTo(new Dictionary<string, string[]> { ["cursor"] = ["is invalid"] }));
    }
}
