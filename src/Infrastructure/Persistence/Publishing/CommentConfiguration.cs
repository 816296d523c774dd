using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments", Schemas.Publishing);
        builder.HasKey(comment => comment.Id);
        builder.Property(comment => comment.Id).UseIdentityByDefaultColumn();
        builder.Property(comment => comment.Body).IsRequired();

        // An article's comments, newest first, seeking on (created_at, id).
        builder.HasIndex(comment => new { comment.ArticleId, comment.CreatedAt, comment.Id })
            .HasDatabaseName("ix_comments_article_id_created_at_id")
            .IsDescending(false, true, true);
        builder.HasIndex(comment => comment.AuthorId);

        builder.HasOne<Article>().WithMany().HasForeignKey(comment => comment.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(comment => comment.AuthorId).OnDelete(DeleteBehavior.Cascade);
    }
}
