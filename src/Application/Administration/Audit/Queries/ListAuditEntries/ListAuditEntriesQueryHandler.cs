using CleanBackend.Application.Administration.Abstractions;
using CleanBackend.Application.Common.Pagination;
using MediatR;

namespace CleanBackend.Application.Administration.Audit.Queries.ListAuditEntries;

public sealed class ListAuditEntriesQueryHandler(IAuditReadService audit) : IRequestHandler<ListAuditEntriesQuery, AuditEntryListDto>
{
    public Task<AuditEntryListDto> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var page = new PageRequest<long>(
            PageLimits.Effective(request.Limit),
            0,
            request.After);
        return audit.ListAsync(new AuditFilter(request.Actor, string.IsNullOrWhiteSpace(request.Action) ? null : request.Action.Trim()), page, cancellationToken);
    }
}
