using CleanBackend.Application.Notifications.Newsletters.Commands.SendNewsletter;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers.Admin;

[Route("api/admin/newsletters")]
[RequirePermission(Permission.NewslettersSend)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
public sealed class AdminNewslettersController : ApiControllerBase
{
    /// <summary>
    /// Queues a newsletter to every active user who has not opted out. Answers 202 at once; the job at
    /// <c>Location</c> shows the sending's progress.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<JobEnvelope>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Queue(SendNewsletterCommand body)
    {
        var job = await Send(body);
        return Accepted($"/api/admin/jobs/{job.Id}", new JobEnvelope(job));
    }
}
