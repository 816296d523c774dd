using CleanBackend.Application.Publishing.Articles;
using CleanBackend.Application.Publishing.Articles.Commands.CreateArticle;
using CleanBackend.Application.Publishing.Articles.Commands.DeleteArticle;
using CleanBackend.Application.Publishing.Articles.Commands.Favorites;
using CleanBackend.Application.Publishing.Articles.Commands.UpdateArticle;
using CleanBackend.Application.Publishing.Articles.Queries.GetArticle;
using CleanBackend.Application.Publishing.Articles.Queries.GetFeed;
using CleanBackend.Application.Publishing.Articles.Queries.ListArticles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers;

[Route("api/articles")]
public sealed class ArticlesController : ApiControllerBase
{
    /// <summary>
    /// Newest first, filtered by tag, author, favorited (a username) and q (full-text, ranked).
    /// Page with limit/offset, or with the returned nextCursor as cursor (keyset: deep pages stay fast).
    /// </summary>
    [HttpGet]
    [AllowAnonymous]
    [ProducesResponseType<ArticleListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<ArticleListDto> List([FromQuery] ListArticlesQuery query) => Send(query);

    /// <summary>Articles by the authors the caller follows, newest first.</summary>
    [HttpGet("feed")]
    [Authorize]
    [ProducesResponseType<ArticleListDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public Task<ArticleListDto> Feed([FromQuery] GetFeedQuery query) => Send(query);

    [HttpGet("{slug}")]
    [AllowAnonymous]
    [ProducesResponseType<ArticleEnvelope<ArticleDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ArticleEnvelope<ArticleDto>> Get(string slug) => new() { Article = await Send(new GetArticleQuery(slug)) };

    [HttpPost]
    [Authorize]
    [ProducesResponseType<ArticleEnvelope<ArticleDto>>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> Create(ArticleEnvelope<CreateArticleCommand> body)
    {
        var article = await Send(body.Article!);
        return Created($"/api/articles/{article.Slug}", new ArticleEnvelope<ArticleDto> { Article = article });
    }

    /// <summary>Partial update by the author. A new title gives the article a new slug (the old one stops resolving).</summary>
    [HttpPut("{slug}")]
    [Authorize]
    [ProducesResponseType<ArticleEnvelope<ArticleDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<ArticleEnvelope<ArticleDto>> Update(string slug, ArticleEnvelope<UpdateArticleCommand> body) =>
        new() { Article = await Send(body.Article! with { Slug = slug }) };

    [HttpDelete("{slug}")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(string slug)
    {
        await Send(new DeleteArticleCommand(slug));
        return NoContent();
    }

    [HttpPost("{slug}/favorite")]
    [Authorize]
    [ProducesResponseType<ArticleEnvelope<ArticleDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ArticleEnvelope<ArticleDto>> Favorite(string slug) => new() { Article = await Send(new FavoriteArticleCommand(slug)) };

    [HttpDelete("{slug}/favorite")]
    [Authorize]
    [ProducesResponseType<ArticleEnvelope<ArticleDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ArticleEnvelope<ArticleDto>> Unfavorite(string slug) => new() { Article = await Send(new UnfavoriteArticleCommand(slug)) };
}
