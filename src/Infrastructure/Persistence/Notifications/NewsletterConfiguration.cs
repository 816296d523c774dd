using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

internal sealed class NewsletterConfiguration : IEntityTypeConfiguration<Newsletter>
{
    public void Configure(EntityTypeBuilder<Newsletter> builder)
    {
        builder.ToTable("newsletters", Schemas.Notifications);
        builder.HasKey(newsletter => newsletter.Id);
        builder.Property(newsletter => newsletter.Id).ValueGeneratedNever();
        builder.Property(newsletter => newsletter.Subject).HasMaxLength(NewsletterRules.SubjectMaxLength).IsRequired();
        builder.Property(newsletter => newsletter.HtmlBody).IsRequired();
        builder.Property(newsletter => newsletter.TextBody).IsRequired();
        builder.Property(newsletter => newsletter.State).HasConversion(StoredNames.Converter<NewsletterState>()).HasMaxLength(16);

        // The jobs list pages newest first, seeking on (created_at, id).
        builder.HasIndex(newsletter => new { newsletter.CreatedAt, newsletter.Id })
            .HasDatabaseName("ix_newsletters_created_at_id")
            .IsDescending(true, true);

        // The sweep looks for unfinished newsletters only.
        builder.HasIndex(newsletter => newsletter.State)
            .HasDatabaseName("ix_newsletters_unfinished")
            .HasFilter("state IN ('queued', 'running')");

        builder.HasOne<User>().WithMany().HasForeignKey(newsletter => newsletter.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(newsletter => newsletter.DomainEvents);
    }
}
