using CleanBackend.Application.Common.Pagination;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Comments.Queries.ListComments;

public sealed class ListCommentsQueryValidator : AbstractValidator<ListCommentsQuery>
{
    public ListCommentsQueryValidator()
    {
        this.AddPagingRules(query => query.Limit, query => query.Offset, query => query.Cursor, query => query.After is not null);
    }
}
