using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class FavoriteConfiguration : IEntityTypeConfiguration<Favorite>
{
    public void Configure(EntityTypeBuilder<Favorite> builder)
    {
        builder.ToTable("favorites", Schemas.Publishing);
        builder.HasKey(favorite => new { favorite.UserId, favorite.ArticleId });

        // "Who favorited this article" and the cascade from a deleted article.
        builder.HasIndex(favorite => favorite.ArticleId);

        builder.HasOne<Article>().WithMany().HasForeignKey(favorite => favorite.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(favorite => favorite.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
