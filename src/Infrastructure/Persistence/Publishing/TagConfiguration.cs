using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("tags", Schemas.Publishing);
        builder.HasKey(tag => tag.Id);
        builder.Property(tag => tag.Id).UseIdentityByDefaultColumn();
        builder.Property(tag => tag.Name).HasMaxLength(TagNames.MaxLength).IsRequired();
        builder.HasIndex(tag => tag.Name).IsUnique();
    }
}
