using CleanBackend.Application.Common.Messaging;
using CleanBackend.Application.Common.Pagination;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Administration.Audit.Queries.ListAuditEntries;

/// <summary>GET /api/admin/audit: the audit trail, newest first.</summary>
[Authorize(Permissions = Permission.AuditRead)]
public sealed record ListAuditEntriesQuery : IQuery<AuditEntryListDto>
{
    /// <summary>Only entries of this actor (a user id).</summary>
    public Guid? Actor { get; init; }

    /// <summary>Only entries with this action name, e.g. <c>users.deactivated</c>.</summary>
    public string? Action { get; init; }

    public string? Cursor
    {
        get;
        init
        {
            field = value;
            After = CursorLists.Audit.TryDecode(value, out var after) ? after : null;
        }
    }

    /// <summary>Where the page starts, decoded from <see cref="Cursor"/> once; null without one or when it is invalid (which the validator refuses).</summary>
    internal KeysetCursor<long>? After { get; private init; }

    public int? Limit { get; init; }
}
