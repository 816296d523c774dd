using CleanBackend.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

internal sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        builder.ToTable("outbound_emails", Schemas.Notifications);
        builder.HasKey(email => email.Id);
        builder.Property(email => email.Id).ValueGeneratedNever();
        builder.Property(email => email.Kind).HasMaxLength(OutboundEmail.MaxKindLength).IsRequired();
        builder.Property(email => email.Recipient).HasMaxLength(OutboundEmail.MaxRecipientLength).IsRequired();
        builder.Property(email => email.Subject).IsRequired();
        builder.Property(email => email.HtmlBody).IsRequired();
        builder.Property(email => email.TextBody).IsRequired();
        builder.Property(email => email.MessageId).HasMaxLength(OutboundEmail.MaxMessageIdLength).IsRequired();

        // Stored as its lower-case name, so the rows read well in SQL: pending, sent, failed.
        builder.Property(email => email.Status)
            .HasMaxLength(16)
            .HasConversion(status => status.ToString().ToLowerInvariant(), text => Enum.Parse<OutboundEmailStatus>(text, ignoreCase: true));

        // The claim query: the due pending rows, oldest first. Sent and failed rows, the vast majority, are not in it.
        builder.HasIndex(email => email.NextAttemptAt)
            .HasDatabaseName("ix_outbound_emails_pending_next_attempt_at")
            .HasFilter("status = 'pending'");
        builder.HasIndex(email => email.Recipient);
    }
}
