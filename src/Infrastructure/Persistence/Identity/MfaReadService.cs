using CleanBackend.Application.Identity.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class MfaReadService(ApplicationDbContext dbContext) : IMfaReadService
{
    public Task<bool> IsEnabledAsync(Guid userId, CancellationToken cancellationToken) =>
        dbContext.MfaEnrolments.AsNoTracking()
            .AnyAsync(enrolment => enrolment.UserId == userId && enrolment.EnabledAt != null, cancellationToken);
}
