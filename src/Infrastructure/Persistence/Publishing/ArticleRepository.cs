using CleanBackend.Application.Publishing.Abstractions;
using CleanBackend.Domain.Publishing;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class ArticleRepository(ApplicationDbContext dbContext) : IArticleRepository
{
    public Task<Article?> FindBySlugAsync(string slug, CancellationToken cancellationToken) =>
        dbContext.Articles.Include(article => article.Tags).FirstOrDefaultAsync(article => article.Slug == slug, cancellationToken);

    public Task<bool> IsSlugTakenAsync(string slug, Guid? exceptArticleId, CancellationToken cancellationToken) =>
        dbContext.Articles.AnyAsync(article => article.Slug == slug && article.Id != exceptArticleId, cancellationToken);

    public void Add(Article article) => dbContext.Articles.Add(article);

    public void Remove(Article article) => dbContext.Articles.Remove(article);
}
