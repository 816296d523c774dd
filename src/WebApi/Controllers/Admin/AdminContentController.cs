using CleanBackend.Application.Publishing.Moderation.Commands.RemoveArticle;
using CleanBackend.Application.Publishing.Moderation.Commands.RemoveComment;
using CleanBackend.Domain.Identity;
using CleanBackend.WebApi.Security;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers.Admin;

/// <summary>Moderation: Moderators and Admins remove anyone's content; each removal is audited.</summary>
[Route("api/admin")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
public sealed class AdminContentController : ApiControllerBase
{
    [HttpDelete("articles/{slug}")]
    [RequirePermission(Permission.ContentModerate)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> DeleteArticle(string slug)
    {
        await Send(new RemoveArticleCommand(slug));
        return NoContent();
    }

    [HttpDelete("comments/{id:long}")]
    [RequirePermission(Permission.ContentModerate)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> DeleteComment(long id)
    {
        await Send(new RemoveCommentCommand(id));
        return NoContent();
    }
}
