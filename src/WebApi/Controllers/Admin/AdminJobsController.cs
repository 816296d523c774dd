using CleanBackend.Application.Notifications.Jobs;
using CleanBackend.Application.Notifications.Jobs.Queries.GetJob;
using CleanBackend.Application.Notifications.Jobs.Queries.ListJobs;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers.Admin;

[Route("api/admin/jobs")]
[RequirePermission(Permission.JobsRead)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
public sealed class AdminJobsController : ApiControllerBase
{
    /// <summary>Background jobs (newsletters), newest first; pass <c>nextCursor</c> back as <c>cursor</c>.</summary>
    [HttpGet]
    [ProducesResponseType<JobListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<JobListDto> List([FromQuery] ListJobsQuery query) => Send(query);

    /// <summary>A job's state (queued, running, succeeded, failed), counts and timestamps.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<JobEnvelope>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<JobEnvelope> Get(Guid id) => new(await Send(new GetJobQuery(id)));
}
