using CleanBackend.Application.Identity.Users;
using MediatR;

namespace CleanBackend.ArchitectureTests.Samples.Controllers;

internal sealed record SampleUserQuery : IRequest<UserDto>;
