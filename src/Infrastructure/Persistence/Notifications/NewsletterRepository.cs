using CleanBackend.Application.Identity.EmailVerification;
using CleanBackend.Application.Notifications.Abstractions;
using CleanBackend.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

internal sealed class NewsletterRepository(ApplicationDbContext dbContext, IOptions<EmailVerificationOptions> emailVerification) : INewsletterRepository
{
    public void Add(Newsletter newsletter) => dbContext.Newsletters.Add(newsletter);

    /// <summary>
    /// One INSERT … SELECT across the identity and notifications schemas: the recipients are exactly the
    /// subscribed active users this statement sees, however many there are, in one round trip; only those with a
    /// verified address when <see cref="EmailVerificationOptions.NewslettersRequireVerifiedEmail"/> says so.
    /// </summary>
    public async Task<int> AddDeliveriesForSubscribersAsync(Guid newsletterId, CancellationToken cancellationToken)
    {
        await dbContext.SaveChangesAsync(cancellationToken);
        var verifiedOnly = emailVerification.Value.NewslettersRequireVerifiedEmail;
        return await dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO notifications.newsletter_deliveries (newsletter_id, user_id, email, status, attempts)
            SELECT {newsletterId}, u.id, u.email, 'pending', 0
            FROM identity.users u
            WHERE u.is_active AND u.receives_newsletter AND (NOT {verifiedOnly} OR u.email_verified_at IS NOT NULL)
            ORDER BY u.id
            """,
            cancellationToken);
    }
}
