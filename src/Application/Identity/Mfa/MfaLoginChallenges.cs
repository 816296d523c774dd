using CleanBackend.Application.Identity.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanBackend.Application.Identity.Mfa;

/// <summary>The step between a right password and a session for a user with a second factor.</summary>
public sealed class MfaLoginChallenges(IMfaEnrolmentRepository enrolments, IMfaTokens mfaTokens, IOptions<MfaOptions> options)
{
    /// <summary>
    /// When the user has an enabled second factor, a new challenge token for <c>POST /api/users/login/mfa</c> (its
    /// hash joins the unit of work, replacing any older challenge); null when a password is all the login needs.
    /// </summary>
    public async Task<string?> IssueIfEnabledAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await enrolments.FindAsync(userId, cancellationToken) is not { IsEnabled: true } enrolment)
        {
            return null;
        }

        var challenge = mfaTokens.CreateChallengeToken();
        enrolment.IssueChallenge(challenge.Hash, now + options.Value.ChallengeLifetime);
        return challenge.Value;
    }
}
