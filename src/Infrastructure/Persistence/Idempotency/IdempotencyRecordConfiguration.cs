using CleanBackend.Application.Common.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records", Schemas.Platform);
        builder.HasKey(record => new { record.Scope, record.Key });
        builder.Property(record => record.Scope).HasMaxLength(64);
        builder.Property(record => record.Key).HasMaxLength(IdempotencyOptions.MaxKeyLength);
        builder.Property(record => record.RequestFingerprint).HasMaxLength(64);
        builder.HasIndex(record => record.ExpiresAt);
    }
}
