using CleanBackend.Application.Administration.Audit;
using CleanBackend.Application.Common.Pagination;

namespace CleanBackend.Application.Administration.Abstractions;

public interface IAuditReadService
{
    /// <summary>Entries matching <paramref name="filter"/>, newest first, one keyset page.</summary>
    Task<AuditEntryListDto> ListAsync(AuditFilter filter, PageRequest<long> page, CancellationToken cancellationToken);
}
