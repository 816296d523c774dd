using CleanBackend.Application.Common.Pagination;
using FluentValidation;

namespace CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;

public sealed class ListJobsQueryValidator : AbstractValidator<ListJobsQuery>
{
    public ListJobsQueryValidator()
    {
        // The list has no offset: only cursors page through it.
        this.AddPagingRules(query => query.Limit, _ => null, query => query.Cursor, query => query.After is not null);
    }
}
