using CleanBackend.TestSupport;
using Npgsql;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// Direct SQL for what the API offers no endpoint for (granting roles), for states HTTP cannot
/// produce deterministically (an article written an hour ago), and for bulk rows that would be
/// slow to create one request at a time.
/// </summary>
public static class ConduitDatabase
{
    /// <summary>The ids of identity.roles as the migrations seed them.</summary>
    public const short ModeratorRoleId = 2;

    public const short AdminRoleId = 3;

    /// <summary>Grants a role to the user of <paramref name="accessToken"/>; only tokens issued afterwards carry it.</summary>
    public static Task GrantRoleAsync(this TestDatabase database, UserSession user, short roleId) =>
        ExecuteAsync(
            database,
            "INSERT INTO identity.user_roles (user_id, role_id) VALUES (@userId, @roleId)",
            expectedRows: 1,
            ("userId", UserId(user)),
            ("roleId", roleId));

    /// <summary>Moves the article's createdAt and updatedAt <paramref name="age"/> into the past.</summary>
    public static Task BackdateArticleAsync(this TestDatabase database, string slug, TimeSpan age) =>
        ExecuteAsync(
            database,
            "UPDATE publishing.articles SET created_at = created_at - @age, updated_at = updated_at - @age WHERE slug = @slug",
            expectedRows: 1,
            ("age", age),
            ("slug", slug));

    /// <summary>
    /// Inserts <paramref name="count"/> articles by <paramref name="author"/> directly, with slugs
    /// <c>{slugPrefix}-1</c> (the newest) to <c>{slugPrefix}-{count}</c> (the oldest), one minute apart.
    /// </summary>
    public static Task SeedArticlesAsync(this TestDatabase database, UserSession author, int count, string slugPrefix) =>
        SeedArticlesAsync(database, author, count, slugPrefix, TimeSpan.FromMinutes(1));

    /// <summary>
    /// As <see cref="SeedArticlesAsync(TestDatabase, UserSession, int, string)"/>, <paramref name="spacing"/>
    /// apart; with <see cref="TimeSpan.Zero"/> every article has the same createdAt and only the id orders them.
    /// </summary>
    public static Task SeedArticlesAsync(this TestDatabase database, UserSession author, int count, string slugPrefix, TimeSpan spacing) =>
        ExecuteAsync(
            database,
            """
            INSERT INTO publishing.articles (id, slug, title, description, body, author_id, favorites_count, created_at, updated_at)
            SELECT gen_random_uuid(), @prefix || '-' || n, 'Seeded ' || n, 'Seeded description', 'Seeded body', @authorId, 0,
                   date_trunc('milliseconds', now()) - n * @spacing, date_trunc('milliseconds', now()) - n * @spacing
            FROM generate_series(1, @count) AS n
            """,
            expectedRows: count,
            ("prefix", slugPrefix),
            ("authorId", UserId(author)),
            ("count", count),
            ("spacing", spacing));

    /// <summary>
    /// Inserts <paramref name="count"/> comments by <paramref name="author"/> on the article at
    /// <paramref name="slug"/> directly, with bodies <c>Seeded 1</c> (the newest) to <c>Seeded {count}</c>
    /// (the oldest), one minute apart.
    /// </summary>
    public static Task SeedCommentsAsync(this TestDatabase database, string slug, UserSession author, int count) =>
        SeedCommentsAsync(database, slug, author, count, TimeSpan.FromMinutes(1));

    /// <summary>
    /// As <see cref="SeedCommentsAsync(TestDatabase, string, UserSession, int)"/>, <paramref name="spacing"/>
    /// apart; with <see cref="TimeSpan.Zero"/> every comment has the same createdAt and only the id orders them.
    /// </summary>
    public static Task SeedCommentsAsync(this TestDatabase database, string slug, UserSession author, int count, TimeSpan spacing) =>
        ExecuteAsync(
            database,
            """
            INSERT INTO publishing.comments (article_id, author_id, body, created_at, updated_at)
            SELECT a.id, @authorId, 'Seeded ' || n, date_trunc('milliseconds', now()) - n * @spacing, date_trunc('milliseconds', now()) - n * @spacing
            FROM publishing.articles a CROSS JOIN generate_series(1, @count) AS n
            WHERE a.slug = @slug
            """,
            expectedRows: count,
            ("slug", slug),
            ("authorId", UserId(author)),
            ("count", count),
            ("spacing", spacing));

    /// <summary>The stored favorites_count of the article and the number of favorite rows that point at it.</summary>
    public static async Task<(int StoredCount, int Rows)> FavoriteCountsAsync(this TestDatabase database, string slug)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT a.favorites_count, (SELECT count(*)::int FROM publishing.favorites f WHERE f.article_id = a.id)
            FROM publishing.articles a WHERE a.slug = @slug
            """,
            connection);
        command.Parameters.AddWithValue("slug", slug);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.That(await reader.ReadAsync(), Is.True, $"no article has the slug {slug}");
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>
    /// The kinds of the outbox mails queued for <paramref name="recipient"/>, oldest first. A mail is queued in the
    /// transaction of its change, so unlike the sink this answers at once whether a request will ever mail anything.
    /// </summary>
    public static async Task<List<string>> OutboxKindsForAsync(this TestDatabase database, string recipient)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT kind FROM notifications.outbound_emails WHERE lower(recipient) = lower(@recipient) ORDER BY created_at, id",
            connection);
        command.Parameters.AddWithValue("recipient", recipient);
        await using var reader = await command.ExecuteReaderAsync();
        var kinds = new List<string>();
        while (await reader.ReadAsync())
        {
            kinds.Add(reader.GetString(0));
        }

        return kinds;
    }

    private static Guid UserId(UserSession user) => Guid.Parse(TestAccessTokens.SubjectOf(user.AccessToken));

    private static async Task ExecuteAsync(TestDatabase database, string sql, int expectedRows, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(expectedRows), sql);
    }
}
