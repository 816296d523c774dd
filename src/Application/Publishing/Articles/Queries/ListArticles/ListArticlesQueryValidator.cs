using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Pagination;
using FluentValidation;

namespace CleanBackend.Application.Publishing.Articles.Queries.ListArticles;

public sealed class ListArticlesQueryValidator : AbstractValidator<ListArticlesQuery>
{
    public const int MaxSearchLength = 200;

    public ListArticlesQueryValidator()
    {
        this.AddPagingRules(query => query.Limit, query => query.Offset, query => query.Cursor, cursor => ArticleCursor.TryDecode(cursor, out _));
        RuleFor(query => query.Q).MaximumLength(MaxSearchLength).WithMessage(ValidationMessages.TooLong(MaxSearchLength));
    }
}
