using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Queries.ListUsers;

public sealed class ListUsersQueryHandler(IUserAdministrationReadService users) : IRequestHandler<ListUsersQuery, AdminUserListDto>
{
    public Task<AdminUserListDto> Handle(ListUsersQuery request, CancellationToken cancellationToken)
    {
        // Usernames and e-mails are stored normalized the same way (trimmed, lower case), so one prefix serves both.
        var search = string.IsNullOrWhiteSpace(request.Q) ? null : UsernameRules.Normalize(request.Q);
        var filter = new UserListFilter(
            search,
            request.Role is null ? null : Role.FromName(request.Role).Name,
            request.Active,
            request.Metadata);
        var page = new PageRequest<Guid>(
            PageLimits.Effective(request.Limit),
            0,
            request.After);
        return users.ListAsync(filter, page, cancellationToken);
    }
}
