using AutoMapper;
using CleanBackend.Application.Common.Caching;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Security;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.Sessions;
using MediatR;

namespace CleanBackend.Application.Identity.Users.Commands.UpdateCurrentUser;

public sealed class UpdateCurrentUserCommandHandler(
    IUserRepository users,
    ICurrentUser currentUser,
    IPasswordHasher passwordHasher,
    ITokenService tokens,
    IMapper mapper,
    CacheEvictions cacheEvictions,
    TimeProvider clock) : IRequestHandler<UpdateCurrentUserCommand, UserDto>
{
    public async Task<UserDto> Handle(UpdateCurrentUserCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.RequireUserId(), cancellationToken)
            ?? throw new NotFoundException("user");

        await users.EnsureAvailableAsync(
            request.Username.HasValue ? request.Username.Value : null,
            request.Email.HasValue ? request.Email.Value : null,
            user.Id,
            cancellationToken);

        var now = clock.GetUtcNow();
        if (request.Username.HasValue)
        {
            user.ChangeUsername(request.Username.Value!, now);
        }

        if (request.Email.HasValue)
        {
            user.ChangeEmail(request.Email.Value!, now);
        }

        if (request.Password.HasValue)
        {
            user.ChangePasswordHash(passwordHasher.Hash(request.Password.Value!), now);
            cacheEvictions.Add(SecurityStampCacheKeys.For(user.Id));
        }

        if (request.Bio.HasValue)
        {
            user.ChangeBio(request.Bio.Value, now);
        }

        if (request.Image.HasValue)
        {
            user.ChangeImage(request.Image.Value, now);
        }

        if (request.Newsletter is { HasValue: true, Value: { } receivesNewsletter })
        {
            user.ChangeNewsletterSubscription(receivesNewsletter, now);
        }

        // Username and security stamp are claims of the access token, so the old one may now be stale.
        return mapper.ToUserDto(user, tokens.CreateAccessToken(user));
    }
}
