using CleanBackend.Domain.Auditing;
using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Notifications;
using CleanBackend.Domain.Publishing;
using CleanBackend.Domain.Social;
using CleanBackend.Infrastructure.Persistence.Identity;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence;

public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<MfaEnrolment> MfaEnrolments => Set<MfaEnrolment>();

    internal DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Favorite> Favorites => Set<Favorite>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Newsletter> Newsletters => Set<Newsletter>();

    public DbSet<NewsletterDelivery> NewsletterDeliveries => Set<NewsletterDelivery>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
    }
}
