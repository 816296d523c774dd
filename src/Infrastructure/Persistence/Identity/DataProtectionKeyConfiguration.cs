using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys", Schemas.Identity);
        builder.HasKey(key => key.Id);
        builder.Property(key => key.FriendlyName).IsRequired();
        builder.Property(key => key.Xml).IsRequired();
    }
}
