using CleanBackend.Application.Identity.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CleanBackend.ArchitectureTests.Samples.Controllers;

/// <summary>The control: a controller that only uses MediatR and Application contracts.</summary>
internal sealed class CleanSampleController(IMediator mediator) : ControllerBase
{
    public async Task<ActionResult<UserDto>> Get() => Ok(await mediator.Send(new SampleUserQuery()));
}
