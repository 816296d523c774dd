using CleanBackend.Application.Common.Pagination;
using CleanBackend.Domain.Auditing;
using CleanBackend.Domain.Common;
using FluentValidation;

namespace CleanBackend.Application.Administration.Audit.Queries.ListAuditEntries;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        this.AddPagingRules(query => query.Limit, _ => null, query => query.Cursor, query => query.After is not null);
        RuleFor(query => query.Action)
            .MaximumLength(AuditEntry.MaxActionLength).WithMessage(ValidationMessages.TooLong(AuditEntry.MaxActionLength));
    }
}
