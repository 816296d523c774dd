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

        // Every user newest first, whatever his state: the admin listing without an active filter. The
        // indexes below are named so that EF Core keeps them apart from the others on the same columns.
        builder.HasIndex(user => new { user.CreatedAt, user.Id }, "ix_users_created_at_id")
            .HasDatabaseName("ix_users_created_at_id")
            .IsDescending(true, true);

        // The admin search is a prefix match (LIKE 'q%'); the pattern operator classes let it use an
        // index whatever the database collation.
        builder.HasIndex(user => user.NormalizedUsername, "ix_users_normalized_username_prefix")
            .HasDatabaseName("ix_users_normalized_username_prefix")
            .HasOperators("varchar_pattern_ops");
        builder.HasIndex(user => user.NormalizedEmail, "ix_users_normalized_email_prefix")
            .HasDatabaseName("ix_users_normalized_email_prefix")
            .HasOperators("varchar_pattern_ops");

        // jsonb_path_ops serves containment (@>) queries, the only kind the metadata filter makes, with a smaller index.
        builder.HasIndex(user => user.Metadata)
            .HasDatabaseName("ix_users_metadata")
            .HasMethod("gin")
            .HasOperators("jsonb_path_ops");

        builder.HasMany(user => user.Roles).WithOne().HasForeignKey(userRole => userRole.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(user => user.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(user => user.RoleNames);
        builder.Ignore(user => user.IsEmailVerified);
        builder.Ignore(user => user.DomainEvents);
    }
}
