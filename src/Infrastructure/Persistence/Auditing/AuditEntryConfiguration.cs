using CleanBackend.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // No foreign key to the actor: the trail must outlive the accounts it mentions.
        builder.ToTable("entries", Schemas.Audit);
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).UseIdentityByDefaultColumn();
        builder.Property(entry => entry.Action).HasMaxLength(AuditEntry.MaxActionLength).IsRequired();
        builder.Property(entry => entry.TargetType).HasMaxLength(AuditEntry.MaxTargetTypeLength).IsRequired();
        builder.Property(entry => entry.TargetId).HasMaxLength(AuditEntry.MaxTargetIdLength).IsRequired();
        builder.Property(entry => entry.Details).HasColumnType("jsonb").IsRequired();
        builder.Property(entry => entry.CorrelationId).HasMaxLength(AuditEntry.MaxCorrelationIdLength);

        // The trail newest first, seeking on (occurred_at, id); and the same per actor and per action.
        builder.HasIndex(entry => new { entry.OccurredAt, entry.Id })
            .HasDatabaseName("ix_entries_occurred_at_id")
            .IsDescending(true, true);
        builder.HasIndex(entry => new { entry.ActorId, entry.OccurredAt, entry.Id })
            .HasDatabaseName("ix_entries_actor_id_occurred_at_id")
            .IsDescending(false, true, true);
        builder.HasIndex(entry => new { entry.Action, entry.OccurredAt, entry.Id })
            .HasDatabaseName("ix_entries_action_occurred_at_id")
            .IsDescending(false, true, true);
    }
}
