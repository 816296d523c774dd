using CleanBackend.Application.Administration.Audit;
using CleanBackend.Application.Administration.Audit.Queries.ListAuditEntries;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers.Admin;

[Route("api/admin/audit")]
public sealed class AdminAuditController : ApiControllerBase
{
    /// <summary>The audit trail newest first, optionally by actor (user id) and action; keyset pages.</summary>
    [HttpGet]
    [RequirePermission(Permission.AuditRead)]
    [ProducesResponseType<AuditEntryListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<AuditEntryListDto> List([FromQuery] ListAuditEntriesQuery query) => Send(query);
}
