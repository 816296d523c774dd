using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public const string UniqueUsernameIndex = "ix_users_normalized_username";
    public const string UniqueEmailIndex = "ix_users_normalized_email";

    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users", Schemas.Identity);
        builder.HasKey(user => user.Id);
        builder.Property(user => user.Id).ValueGeneratedNever();

        builder.Property(user => user.Username).HasMaxLength(UsernameRules.MaxLength).IsRequired();
        builder.Property(user => user.NormalizedUsername).HasMaxLength(UsernameRules.MaxLength).IsRequired();
        builder.Property(user => user.Email).HasMaxLength(EmailRules.MaxLength).IsRequired();
        builder.Property(user => user.NormalizedEmail).HasMaxLength(EmailRules.MaxLength).IsRequired();
        builder.Property(user => user.PasswordHash).IsRequired();
        builder.Property(user => user.Metadata).HasColumnType("jsonb").IsRequired();

        // The default serves rows inserted by SQL (and filled the existing rows); EF always sends the value.
        builder.Property(user => user.ReceivesNewsletter).HasDefaultValue(true).ValueGeneratedNever();

        builder.HasIndex(user => user.NormalizedUsername).IsUnique().HasDatabaseName(UniqueUsernameIndex);
        builder.HasIndex(user => user.NormalizedEmail).IsUnique().HasDatabaseName(UniqueEmailIndex);

        // Admin listings page through active users newest first; inactive ones are few and rarely listed.
        builder.HasIndex(user => new { user.CreatedAt, user.Id })
            .HasDatabaseName("ix_users_active_created_at_id")
            .HasFilter("is_active")
            .IsDescending(true, true);

        // jsonb_path_ops serves containment (@>) queries, the only kind the metadata filter makes, with a smaller index.
        builder.HasIndex(user => user.Metadata)
            .HasDatabaseName("ix_users_metadata")
            .HasMethod("gin")
            .HasOperators("jsonb_path_ops");

        builder.HasMany(user => user.Roles).WithOne().HasForeignKey(userRole => userRole.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(user => user.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(user => user.RoleNames);
        builder.Ignore(user => user.DomainEvents);
    }
}
