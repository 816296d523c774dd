using CleanBackend.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Identity;

internal sealed class MfaEnrolmentConfiguration : IEntityTypeConfiguration<MfaEnrolment>
{
    public void Configure(EntityTypeBuilder<MfaEnrolment> builder)
    {
        builder.ToTable("mfa_enrolments", Schemas.Identity);
        builder.HasKey(enrolment => enrolment.UserId);
        builder.Property(enrolment => enrolment.UserId).ValueGeneratedNever();
        builder.Property(enrolment => enrolment.ProtectedSecret).IsRequired();
        builder.Property(enrolment => enrolment.ChallengeHash).HasMaxLength(64);

        // PostgreSQL's xmin system column: two requests accepting a code (or ending a challenge) cannot both succeed.
        builder.Property<uint>("Version").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();

        builder.HasIndex(enrolment => enrolment.ChallengeHash).IsUnique();
        builder.HasOne<User>().WithOne().HasForeignKey<MfaEnrolment>(enrolment => enrolment.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(enrolment => enrolment.RecoveryCodes).WithOne().HasForeignKey(code => code.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(enrolment => enrolment.RecoveryCodes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(enrolment => enrolment.IsEnabled);
    }
}
