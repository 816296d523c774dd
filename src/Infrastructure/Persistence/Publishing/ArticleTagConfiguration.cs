using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> builder)
    {
        builder.ToTable("article_tags", Schemas.Publishing);
        builder.HasKey(articleTag => new { articleTag.ArticleId, articleTag.TagId });

        // The tag filter goes from a tag to its articles: the key's reverse.
        builder.HasIndex(articleTag => new { articleTag.TagId, articleTag.ArticleId });
        builder.HasOne<Tag>().WithMany().HasForeignKey(articleTag => articleTag.TagId).OnDelete(DeleteBehavior.Restrict);
    }
}
