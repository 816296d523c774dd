using CleanBackend.Application.Common.Pagination;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles.Queries.GetFeed;

public sealed class GetFeedQueryValidator : AbstractValidator<GetFeedQuery>
{
    public GetFeedQueryValidator()
    {
        this.AddPagingRules(query => query.Limit, query => query.Offset, query => query.Cursor, query => query.After is not null);
    }
}
