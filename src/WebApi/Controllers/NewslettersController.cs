using CleanBackend.Application.Identity.Users.Commands.UnsubscribeFromNewsletter;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers;

[Route("api/newsletters")]
public sealed class NewslettersController : ApiControllerBase
{
    /// <summary>
    /// The link at the bottom of every newsletter: turns the newsletter off for the account the signed
    /// token names. Following it again answers the same; a bad or edited token is 422.
    /// </summary>
    [HttpGet("unsubscribe")]
    [AllowAnonymous]
    [ProducesResponseType<NewsletterSubscriptionDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<NewsletterSubscriptionDto> Unsubscribe([FromQuery] string? token) => Send(new UnsubscribeFromNewsletterCommand(token));
}
