namespace CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;

public sealed record SeedAdministratorResult(Guid UserId, bool Created);
