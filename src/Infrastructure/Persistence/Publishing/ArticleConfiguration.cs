using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public const string UniqueSlugIndex = "ix_articles_slug";
    public const string SearchVectorProperty = "SearchVector";
    public const string SearchConfiguration = "english";

    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles", Schemas.Publishing);
        builder.HasKey(article => article.Id);
        builder.Property(article => article.Id).ValueGeneratedNever();
        builder.Property(article => article.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(article => article.Title).HasMaxLength(Article.MaxTitleLength).IsRequired();
        builder.Property(article => article.Description).IsRequired();
        builder.Property(article => article.Body).IsRequired();

        // Maintained only by atomic SQL increments (see FavoriteStore); EF must never write it back.
        builder.Property(article => article.FavoritesCount)
            .Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);

        // Title matters most, then description, then body; stored so that searching costs no parsing.
        builder.Property<NpgsqlTsVector>(SearchVectorProperty)
            .HasComputedColumnSql(
                $"setweight(to_tsvector('{SearchConfiguration}', title), 'A') || setweight(to_tsvector('{SearchConfiguration}', description), 'B') || setweight(to_tsvector('{SearchConfiguration}', body), 'C')",
                stored: true);

        builder.HasIndex(article => article.Slug).IsUnique().HasDatabaseName(UniqueSlugIndex);
        builder.HasIndex(article => new { article.CreatedAt, article.Id })
            .HasDatabaseName("ix_articles_created_at_id")
            .IsDescending(true, true);
        builder.HasIndex(article => new { article.AuthorId, article.CreatedAt, article.Id })
            .HasDatabaseName("ix_articles_author_id_created_at_id")
            .IsDescending(false, true, true);
        builder.HasIndex(SearchVectorProperty).HasDatabaseName("ix_articles_search_vector").HasMethod("gin");

        builder.HasOne<User>().WithMany().HasForeignKey(article => article.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(article => article.Tags).WithOne().HasForeignKey(tag => tag.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(article => article.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(article => article.DomainEvents);
    }
}
