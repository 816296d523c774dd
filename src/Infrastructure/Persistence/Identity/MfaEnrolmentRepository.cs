using CleanBackend.Application.Identity.Abstractions;
using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class MfaEnrolmentRepository(ApplicationDbContext dbContext) : IMfaEnrolmentRepository
{
    public Task<MfaEnrolment?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        dbContext.MfaEnrolments.Include(enrolment => enrolment.RecoveryCodes)
            .FirstOrDefaultAsync(enrolment => enrolment.UserId == userId, cancellationToken);

    public Task<MfaEnrolment?> FindByChallengeAsync(string challengeHash, CancellationToken cancellationToken) =>
        dbContext.MfaEnrolments.Include(enrolment => enrolment.RecoveryCodes)
            .FirstOrDefaultAsync(enrolment => enrolment.ChallengeHash == challengeHash && enrolment.EnabledAt != null, cancellationToken);

    public void Add(MfaEnrolment enrolment) => dbContext.MfaEnrolments.Add(enrolment);

    public void Remove(MfaEnrolment enrolment) => dbContext.MfaEnrolments.Remove(enrolment);
}
