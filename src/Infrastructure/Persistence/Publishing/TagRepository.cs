using CleanBackend.Application.Publishing.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace CleanBackend.Infrastructure.Persistence.Publishing;

internal sealed class TagRepository(ApplicationDbContext dbContext) : ITagRepository
{
    // Inserts the missing tags and returns every id in one round trip. The SELECT half reads the
    // snapshot taken when the statement began, which the INSERT's own rows are not in: hence the UNION.
    private const string UpsertSql = """
        WITH wanted AS (SELECT unnest(@names) AS name),
        inserted AS (
            INSERT INTO publishing.tags (name) SELECT name FROM wanted
            ON CONFLICT (name) DO NOTHING
            RETURNING id)
        SELECT id FROM inserted
        UNION
        SELECT tags.id FROM publishing.tags JOIN wanted ON wanted.name = tags.name
        """;

    private const string SelectSql = "SELECT id FROM publishing.tags WHERE name = ANY(@names)";

    public async Task<IReadOnlyList<int>> EnsureTagIdsAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken)
    {
        if (normalizedNames.Count == 0)
        {
            return [];
        }

        var names = normalizedNames.ToArray();
        var ids = await QueryIdsAsync(UpsertSql, names, cancellationToken);

        // A tag inserted by a concurrent transaction that committed while ours waited on it is
        // neither ours to return nor in our statement's snapshot; a fresh statement sees it.
        return ids.Count == names.Length ? ids : await QueryIdsAsync(SelectSql, names, cancellationToken);
    }

    private async Task<IReadOnlyList<int>> QueryIdsAsync(string sql, string[] names, CancellationToken cancellationToken) =>
        await dbContext.Database.QueryAsync(sql, reader => reader.GetInt32(0), cancellationToken, ("names", names));
}
