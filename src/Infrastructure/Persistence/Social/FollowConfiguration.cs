using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Social;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Social;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("follows", Schemas.Social);
        builder.HasKey(follow => new { follow.FollowerId, follow.FolloweeId });

        // "Who follows X" (followers, and the feed's author check from the other side).
        builder.HasIndex(follow => follow.FolloweeId);

        builder.HasOne<User>().WithMany().HasForeignKey(follow => follow.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(follow => follow.FolloweeId).OnDelete(DeleteBehavior.Cascade);
    }
}
