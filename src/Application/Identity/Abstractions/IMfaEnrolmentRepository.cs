using CleanBackend.Domain.Identity;

namespace CleanBackend.Application.Identity.Abstractions;

public interface IMfaEnrolmentRepository
{
    /// <summary>The user's enrolment, pending or enabled, with its recovery codes, tracked for changes.</summary>
    Task<MfaEnrolment?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The enabled enrolment whose login challenge has <paramref name="challengeHash"/>, tracked for changes.</summary>
    Task<MfaEnrolment?> FindByChallengeAsync(string challengeHash, CancellationToken cancellationToken);

    void Add(MfaEnrolment enrolment);

    /// <summary>Removes the enrolment and its recovery codes; saved with the unit of work.</summary>
    void Remove(MfaEnrolment enrolment);
}
