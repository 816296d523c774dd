using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Administration;
using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class UserAdministrationReadService(ApplicationDbContext dbContext) : IUserAdministrationReadService
{
    private const string LikeEscape = "\\";

    // A variable, not a literal: EF Core drops Skip(0) but keeps OFFSET @p, which is what fences the subquery.
    private static readonly int NoRows = 0;

    public async Task<AdminUserListDto> ListAsync(UserListFilter filter, PageRequest<Guid> page, CancellationToken cancellationToken)
    {
        if (page.Limit == 0)
        {
            return new AdminUserListDto();
        }

        var users = dbContext.Users.AsNoTracking();
        if (filter.Search is { } search)
        {
            var prefix = EscapeLike(search) + "%";
            users = users.Where(user =>
                EF.Functions.Like(user.NormalizedUsername, prefix, LikeEscape) || EF.Functions.Like(user.NormalizedEmail, prefix, LikeEscape));
        }

        if (filter.Role is { } roleName)
        {
            var roleId = Role.FromName(roleName).Id;
            users = users.Where(user => user.Roles.Any(userRole => userRole.RoleId == roleId));
        }

        if (filter.Active is { } active)
        {
            users = users.Where(user => user.IsActive == active);
        }

        if (filter.MetadataJson is { } metadata)
        {
            // jsonb containment (metadata @> @json): the one operator the jsonb_path_ops GIN index serves.
            users = users.Where(user => EF.Functions.JsonContains(user.Metadata, metadata));
        }

        if (page.After is { } after)
        {
            users = users.Where(user => EF.Functions.LessThan(
                ValueTuple.Create(user.CreatedAt, user.Id),
                ValueTuple.Create(after.Time, after.Id)));
        }

        if (filter.Search is not null || filter.MetadataJson is not null)
        {
            // PostgreSQL guesses these matches to be many and evenly spread (it has no statistics for
            // containment, and prefixes cluster), so it would walk the date index and filter, reading most
            // of the table. Behind an OFFSET fence the matches are found through their own index (GIN or
            // the pattern indexes) and only they are sorted.
            users = users.Skip(NoRows);
        }

        var window = users.OrderByDescending(user => user.CreatedAt).ThenByDescending(user => user.Id).TakePageAndOneMore(page.Limit);
        var rows = await Project(window).ToListAsync(cancellationToken);

        var userPage = rows.ToKeysetPage(page.Limit, CursorLists.Users, last => new KeysetCursor<Guid>(last.CreatedAt, last.Id));
        return new AdminUserListDto { Users = userPage.Rows.Select(ToDto).ToList(), NextCursor = userPage.NextCursor };
    }

    public async Task<AdminUserDto?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var row = await Project(dbContext.Users.AsNoTracking().Where(user => user.Id == userId)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToDto(row);
    }


    private static string EscapeLike(string value) =>
        value.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);

    private static IQueryable<UserRow> Project(IQueryable<User> users) =>
        users.Select(user => new UserRow(
            user.Id,
            user.Username,
            user.Email,
            user.Bio,
            user.Image,
            user.Roles.Select(userRole => userRole.RoleId).ToList(),
            user.IsActive,
            user.Metadata,
            user.CreatedAt,
            user.UpdatedAt));

    private static AdminUserDto ToDto(UserRow row) => new()
    {
        Id = row.Id,
        Username = row.Username,
        Email = row.Email,
        Bio = row.Bio,
        Image = row.Image,
        Roles = Role.NamesOf(row.RoleIds),
        Active = row.IsActive,
        Metadata = JsonText.Parse(row.Metadata),
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
    };

    private sealed record UserRow(
        Guid Id,
        string Username,
        string Email,
        string? Bio,
        string? Image,
        List<short> RoleIds,
        bool IsActive,
        string Metadata,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt);
}
