using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.WebApi.Controllers;

/// <summary>Controllers bind, send one request through the mediator, and shape the response; nothing else.</summary>
[ApiController]
[Produces("application/json")]
public abstract class ApiControllerBase : ControllerBase
{
    protected Task<TResponse> Send<TResponse>(IRequest<TResponse> request) =>
        HttpContext.RequestServices.GetRequiredService<IMediator>().Send(request, HttpContext.RequestAborted);
}
