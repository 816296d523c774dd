using AutoMapper;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Domain.Identity;
using MediatR;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.Users.Commands.RegisterUser;

/// <summary>The new address gets a verification token, whose link the welcome mail carries.</summary>
public sealed class RegisterUserCommandHandler(
    IUserRepository users,
    IAccountTokenRepository accountTokens,
    IPasswordHasher passwordHasher,
    IOneTimeTokens oneTimeTokens,
    ITokenService tokens,
    IMapper mapper,
    IOptions<EmailVerificationOptions> emailVerification,
    TimeProvider clock) : IRequestHandler<RegisterUserCommand, UserDto>
{
    public async Task<UserDto> Handle(RegisterUserCommand request, CancellationToken cancellationToken)
    {
        await users.EnsureAvailableAsync(request.Username!, request.Email!, exceptUserId: null, cancellationToken);

        var now = clock.GetUtcNow();
        var user = User.Register(request.Username!, request.Email!, passwordHasher.Hash(request.Password!), now);
        users.Add(user);
        var verification = oneTimeTokens.Create();
        accountTokens.Add(user.IssueEmailVerificationToken(verification.Value, verification.Hash, emailVerification.Value.TokenLifetime, now));

        return mapper.ToUserDto(user, tokens.CreateAccessToken(user, sessionId: null));
    }
}
