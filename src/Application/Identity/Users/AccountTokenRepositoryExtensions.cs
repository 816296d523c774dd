using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Common;
using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Users;

internal static class AccountTokenRepositoryExtensions
{
    /// <summary>
    /// The token with <paramref name="tokenHash"/> and the active account it belongs to, when it may be redeemed
    /// now; otherwise a 422 on <c>token</c> saying why: made up ("is invalid"), used, expired, or mailed to an
    /// address the account no longer has. The holder of a real token learns nothing he could not see in the mail.
    /// </summary>
    public static async Task<(AccountToken Token, User User)> FindRedeemableAsync(
        this IAccountTokenRepository accountTokens,
        IUserRepository users,
        AccountTokenPurpose purpose,
        string tokenHash,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var token = await accountTokens.FindAsync(purpose, tokenHash, cancellationToken) ?? throw InvalidToken(ValidationMessages.Invalid);
        var user = await users.FindByIdAsync(token.UserId, cancellationToken);
        if (user is not { IsActive: true })
        {
            throw InvalidToken(ValidationMessages.Invalid);
        }

        return token.ProblemWithRedeeming(user, now) is { } problem ? throw InvalidToken(problem) : (token, user);
    }

    private static RequestValidationException InvalidToken(string problem) => RequestValidationException.For("token", problem);
}
