using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Identity.Administration;

namespace CleanBackend.Application.Identity.Abstractions;

public interface IUserAdministrationReadService
{
    /// <summary>Users matching <paramref name="filter"/>, newest first, one keyset page.</summary>
    Task<AdminUserListDto> ListAsync(UserListFilter filter, PageRequest<Guid> page, CancellationToken cancellationToken);

    Task<AdminUserDto?> FindAsync(Guid userId, CancellationToken cancellationToken);
}
