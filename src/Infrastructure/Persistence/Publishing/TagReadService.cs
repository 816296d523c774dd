using CleanBackend.Application.Publishing.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class TagReadService(ApplicationDbContext dbContext) : ITagReadService
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken) =>
        await dbContext.Tags.AsNoTracking()
            .Where(tag => dbContext.ArticleTags.Any(articleTag => articleTag.TagId == tag.Id))
            .OrderBy(tag => tag.Name)
            .Select(tag => tag.Name)
            .ToListAsync(cancellationToken);
}
