using CleanBackend.Application.Publishing.Comments;
using CleanBackend.Application.Publishing.Comments.Commands.AddComment;
using CleanBackend.Application.Publishing.Comments.Commands.DeleteComment;
using CleanBackend.Application.Publishing.Comments.Queries.ListComments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers;

[Route("api/articles/{slug}/comments")]
public sealed class CommentsController : ApiControllerBase
{
    /// <summary>The article's comments, newest first (all of them up to the page limit of 100; use nextCursor for more).</summary>
    [HttpGet]
    [AllowAnonymous]
    [ProducesResponseType<CommentListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<CommentListDto> List(string slug, [FromQuery] ListCommentsQuery query) => Send(query with { Slug = slug });

    [HttpPost]
    [Authorize]
    [ProducesResponseType<CommentEnvelope<CommentDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Add(string slug, CommentEnvelope<AddCommentCommand> body)
    {
        var comment = await Send(body.Comment! with { Slug = slug });
        return Created($"/api/articles/{slug}/comments", new CommentEnvelope<CommentDto> { Comment = comment });
    }

    /// <summary>Deletes a comment: its author, or a moderator.</summary>
    [HttpDelete("{id:long}")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(string slug, long id)
    {
        await Send(new DeleteCommentCommand(slug, id));
        return NoContent();
    }
}
