using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Administration.Queries.ListUsers;

/// <summary>GET /api/admin/users: users newest first, filtered; every filter is optional.</summary>
[Authorize(Permissions = Permission.UsersRead)]
public sealed record ListUsersQuery : IQuery<AdminUserListDto>
{
    /// <summary>Matches users whose username or e-mail starts with it (case-insensitive).</summary>
    public string? Q { get; init; }

    /// <summary>Only users holding this role.</summary>
    public string? Role { get; init; }

    public bool? Active { get; init; }

    /// <summary>A JSON object the user's metadata must contain, e.g. <c>{"plan":"pro"}</c>.</summary>
    [ContainsJson]
    public string? Metadata { get; init; }

    public string? Cursor
    {
        get;
        init
        {
            field = value;
            After = CursorLists.Users.TryDecode(value, out var after) ? after : null;
        }
    }

    /// <summary>Where the page starts, decoded from <see cref="Cursor"/> once; null without one or when it is invalid (which the validator refuses).</summary>
    internal KeysetCursor<Guid>? After { get; private init; }

    public int? Limit { get; init; }
}
