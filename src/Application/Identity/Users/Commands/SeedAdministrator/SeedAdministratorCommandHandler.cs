using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;

/// <summary>
/// Idempotent: an existing account with the configured e-mail keeps its password and gains the roles. The
/// configured address counts as verified: the operator vouches for it.
/// </summary>
public sealed class SeedAdministratorCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : IRequestHandler<SeedAdministratorCommand, SeedAdministratorResult>
{
    public async Task<SeedAdministratorResult> Handle(SeedAdministratorCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var administrator = await users.FindByEmailAsync(request.Email!, cancellationToken);
        var created = administrator is null;
        if (administrator is null)
        {
            await users.EnsureAvailableAsync(request.Username!, email: null, exceptUserId: null, cancellationToken);
            administrator = User.Register(request.Username!, request.Email!, passwordHasher.Hash(request.Password!), now);
            users.Add(administrator);
        }

        administrator.MarkEmailVerified(now);
        administrator.GrantRole(Role.Moderator, now);
        administrator.GrantRole(Role.Admin, now);
        return new SeedAdministratorResult(administrator.Id, created);
    }
}
