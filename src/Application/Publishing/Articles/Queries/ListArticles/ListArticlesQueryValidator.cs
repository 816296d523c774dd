using CleanBackend.Application.Common.Pagination;
using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles.Queries.ListArticles;

public sealed class ListArticlesQueryValidator : AbstractValidator<ListArticlesQuery>
{
    public const int MaxSearchLength = 200;

    public ListArticlesQueryValidator()
    {
        this.AddPagingRules(query => query.Limit, query => query.Offset, query => query.Cursor, query => query.After is not null);
        RuleFor(query => query.Q).MaximumLength(MaxSearchLength).WithMessage(ValidationMessages.TooLong(MaxSearchLength));

        // A search page's cursor carries the rank it seeks from; a plain list's does not. Mixing them
        // would silently restart the other list, so it is refused.
        RuleFor(query => query.Cursor)
            .Must((query, _) => query.After is not { } after || after.Rank is null == string.IsNullOrWhiteSpace(query.Q))
            .WithMessage("does not belong to this list")
            .OverridePropertyName("cursor");
    }
}
