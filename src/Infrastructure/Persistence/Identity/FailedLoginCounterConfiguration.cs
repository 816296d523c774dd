using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class FailedLoginCounterConfiguration : IEntityTypeConfiguration<FailedLoginCounter>
{
    public void Configure(EntityTypeBuilder<FailedLoginCounter> builder)
    {
        builder.ToTable("failed_login_counters", Schemas.Identity);
        builder.HasKey(counter => counter.EmailHash);
        builder.Property(counter => counter.EmailHash).ValueGeneratedNever();
    }
}
