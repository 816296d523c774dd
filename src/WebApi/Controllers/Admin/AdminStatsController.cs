using CleanBackend.Application.Administration.Stats;
using CleanBackend.Application.Administration.Stats.Queries.GetStats;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers.Admin;

[Route("api/admin/stats")]
public sealed class AdminStatsController : ApiControllerBase
{
    /// <summary>Counts of users, active users, articles and comments.</summary>
    [HttpGet]
    [RequirePermission(Permission.UsersRead)]
    [ProducesResponseType<StatsEnvelope<AdminStatsDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public async Task<StatsEnvelope<AdminStatsDto>> Get() => new() { Stats = await Send(new GetStatsQuery()) };
}
