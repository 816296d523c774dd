using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.SeedDemoUsers;

/// <summary>
/// The password is hashed once for all demo users (hashing is deliberately slow). Demo users are not
/// announced: their registration events are dropped, so seeding a thousand sends no welcome mails. Their
/// addresses count as verified (the operator made them), so newsletters reach them whatever the policy.
/// Returns how many users were created.
/// </summary>
public sealed class SeedDemoUsersCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : IRequestHandler<SeedDemoUsersCommand, int>
{
    public async Task<int> Handle(SeedDemoUsersCommand request, CancellationToken cancellationToken)
    {
        var existing = await users.FindTakenUsernamesAsync(
            Enumerable.Range(1, request.Count).Select(SeedDemoUsersCommand.UsernameOf).ToList(),
            cancellationToken);
        var missing = Enumerable.Range(1, request.Count).Where(number => !existing.Contains(SeedDemoUsersCommand.UsernameOf(number))).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var passwordHash = passwordHasher.Hash(request.Password!);
        var now = clock.GetUtcNow();
        foreach (var number in missing)
        {
            var username = SeedDemoUsersCommand.UsernameOf(number);
            var user = User.Register(username, $"{username}@{SeedDemoUsersCommand.EmailDomain}", passwordHash, now);
            user.ChangeMetadata(SeedDemoUsersCommand.MetadataOf(number), now);
            user.MarkEmailVerified(now);
            user.ClearDomainEvents();
            users.Add(user);
        }

        return missing.Count;
    }
}
