using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Common.Pagination;

/// <summary>
/// The checks every paged list applies to limit, offset and cursor; <c>cursorDecoded</c> tells whether the
/// request's cursor text decoded (requests decode it once, as they are bound).
/// </summary>
public static class PagingRules
{
    public static void AddPagingRules<T>(
        this AbstractValidator<T> validator,
        Func<T, int?> limit,
        Func<T, int?> offset,
        Func<T, string?> cursor,
        Func<T, bool> cursorDecoded)
    {
        validator.RuleFor(request => limit(request))
            .GreaterThanOrEqualTo(0).WithMessage("must not be negative")
            .OverridePropertyName("limit");
        validator.RuleFor(request => offset(request))
            .GreaterThanOrEqualTo(0).WithMessage("must not be negative")
            .OverridePropertyName("offset");
        validator.RuleFor(request => cursor(request))
            .Must((request, _) => cursorDecoded(request)).WithMessage(ValidationMessages.Invalid)
            .When(request => cursor(request) is not null)
            .OverridePropertyName("cursor");
        validator.RuleFor(request => offset(request))
            .Equal(0).WithMessage("cannot be combined with cursor")
            .When(request => cursor(request) is not null && offset(request) is not null)
            .OverridePropertyName("offset");
    }
}
