using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

internal sealed class NewsletterDeliveryConfiguration : IEntityTypeConfiguration<NewsletterDelivery>
{
    public const string UniqueRecipientIndex = "ix_newsletter_deliveries_newsletter_id_user_id";

    public void Configure(EntityTypeBuilder<NewsletterDelivery> builder)
    {
        builder.ToTable("newsletter_deliveries", Schemas.Notifications);
        builder.HasKey(delivery => delivery.Id);
        builder.Property(delivery => delivery.Id).UseIdentityByDefaultColumn();
        builder.Property(delivery => delivery.Email).HasMaxLength(EmailRules.MaxLength).IsRequired();
        builder.Property(delivery => delivery.Status).HasConversion(StoredNames.Converter<DeliveryStatus>()).HasMaxLength(16);

        // One copy per recipient, whatever happens to the run that creates the rows.
        builder.HasIndex(delivery => new { delivery.NewsletterId, delivery.UserId })
            .IsUnique()
            .HasDatabaseName(UniqueRecipientIndex);

        // Claiming reads a newsletter's pending rows in id order; sent rows drop out of this index.
        builder.HasIndex(delivery => new { delivery.NewsletterId, delivery.Id })
            .HasDatabaseName("ix_newsletter_deliveries_pending")
            .HasFilter("status = 'pending'");

        builder.HasOne<Newsletter>().WithMany().HasForeignKey(delivery => delivery.NewsletterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(delivery => delivery.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
