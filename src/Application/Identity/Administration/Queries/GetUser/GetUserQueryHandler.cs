using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using MediatR;

namespace CleanBackend.Application.Identity.Administration.Queries.GetUser;

public sealed class GetUserQueryHandler(IUserAdministrationReadService users) : IRequestHandler<GetUserQuery, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(GetUserQuery request, CancellationToken cancellationToken) =>
        await users.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("user");
}
