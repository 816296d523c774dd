using CleanBackend.Application.Publishing.Tags;
using CleanBackend.Application.Publishing.Tags.Queries.ListTags;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers;

[Route("api/tags")]
public sealed class TagsController : ApiControllerBase
{
    /// <summary>Every tag in use, alphabetically.</summary>
    [HttpGet]
    [AllowAnonymous]
    [ProducesResponseType<TagListDto>(StatusCodes.Status200OK)]
    public Task<TagListDto> List() => Send(new ListTagsQuery());
}
