using AutoMapper;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.RegisterUser;

public sealed class RegisterUserCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    ITokenService tokens,
    IMapper mapper,
    TimeProvider clock) : IRequestHandler<RegisterUserCommand, UserDto>
{
    public async Task<UserDto> Handle(RegisterUserCommand request, CancellationToken cancellationToken)
    {
        await users.EnsureAvailableAsync(request.Username!, request.Email!, exceptUserId: null, cancellationToken);

        var user = User.Register(request.Username!, request.Email!, passwordHasher.Hash(request.Password!), clock.GetUtcNow());
        users.Add(user);

        return mapper.ToUserDto(user, tokens.CreateAccessToken(user, sessionId: null));
    }
}
