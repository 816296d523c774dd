using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// Fills a migrated database with a regular, reproducible Conduit data set, in bulk: users go through EF (so
/// they are valid aggregates), everything else is <c>INSERT ... SELECT generate_series</c>, then the whole
/// database is vacuumed and analysed so the planner works from real statistics. Users are named
/// <c>writer_000</c>, <c>writer_001</c>..., articles <c>article-1</c> (oldest) to <c>article-N</c> (newest,
/// one minute apart), tags <c>tag_01</c>.... The shape:
/// <list type="bullet">
/// <item>article g is written by writer g mod users and has 1 to 3 tags: tag (g + 7k) mod tags, k = 0..g mod 3;</item>
/// <item>every <see cref="RareWordInterval"/>-th article has <see cref="RareWord"/> in its title;</item>
/// <item>writer n follows the next <c>followsPerUser</c> writers (n + 1 ... mod users);</item>
/// <item>writer n favorites articles N - (3n mod N) and N - ((3n + 29) mod N); favorites_count matches;</item>
/// <item>the newest article has <c>commentsOnNewest</c> comments by writer i mod users; every even older article has one.</item>
/// </list>
/// </summary>
internal static class PublishingSeed
{
    public const string RareWord = "kubernetes";
    public const int RareWordInterval = 200;

    public static string Writer(int number) => $"writer_{number:D3}";

    public static string ArticleSlug(int number) => $"article-{number}";

    public static string TagName(int number) => $"tag_{number:D2}";

    public static async Task SeedAsync(
        TestDatabase database,
        int users,
        int articles,
        int tags,
        int followsPerUser,
        int commentsOnNewest)
    {
        await database.AddAsync([.. Enumerable.Range(0, users).Select(number => TestUsers.Register(Writer(number)))]);

        // Writers numbered in username order, which is their number's order.
        const string Writers =
            "writers AS (SELECT id, (row_number() OVER (ORDER BY normalized_username) - 1)::int AS n FROM identity.users)";
        await database.ExecuteAsync(
            $"""
            INSERT INTO publishing.tags (name)
            SELECT 'tag_' || lpad(t::text, 2, '0') FROM generate_series(1, {tags}) t;

            WITH {Writers}
            INSERT INTO publishing.articles (id, slug, title, description, body, author_id, favorites_count, created_at, updated_at)
            SELECT gen_random_uuid(),
                   'article-' || g,
                   'Article ' || g || CASE WHEN g % {RareWordInterval} = 0 THEN ' about {RareWord}' ELSE '' END,
                   'What article ' || g || ' is about',
                   'The body of article ' || g || '. ' || repeat('Filler text that says nothing in particular. ', 8),
                   writers.id,
                   0,
                   timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute',
                   timestamptz '2026-01-01 00:00:00+00' + g * interval '1 minute'
            FROM generate_series(1, {articles}) g
            JOIN writers ON writers.n = g % {users};

            INSERT INTO publishing.article_tags (article_id, tag_id)
            SELECT numbered.id, tags.id
            FROM (SELECT id, substring(slug FROM 9)::int AS g FROM publishing.articles) numbered
            CROSS JOIN LATERAL generate_series(0, numbered.g % 3) k
            JOIN publishing.tags ON tags.name = 'tag_' || lpad((1 + (numbered.g + 7 * k) % {tags})::text, 2, '0');

            WITH {Writers}
            INSERT INTO social.follows (follower_id, followee_id, created_at)
            SELECT follower.id, followee.id, now()
            FROM writers follower
            CROSS JOIN generate_series(1, {followsPerUser}) k
            JOIN writers followee ON followee.n = (follower.n + k) % {users};

            WITH {Writers}
            INSERT INTO publishing.favorites (user_id, article_id, created_at)
            SELECT writers.id, articles.id, now()
            FROM writers
            CROSS JOIN (VALUES (0), (29)) shift (k)
            JOIN publishing.articles ON articles.slug = 'article-' || ({articles} - (3 * writers.n + shift.k) % {articles})
            ON CONFLICT DO NOTHING;

            UPDATE publishing.articles SET favorites_count = counted.favorites
            FROM (SELECT article_id, count(*) AS favorites FROM publishing.favorites GROUP BY article_id) counted
            WHERE articles.id = counted.article_id;

            WITH {Writers}
            INSERT INTO publishing.comments (article_id, author_id, body, created_at, updated_at)
            SELECT articles.id, writers.id, 'Comment ' || i,
                   timestamptz '2026-06-01 00:00:00+00' + i * interval '1 second',
                   timestamptz '2026-06-01 00:00:00+00' + i * interval '1 second'
            FROM generate_series(1, {commentsOnNewest}) i
            JOIN writers ON writers.n = i % {users}
            JOIN publishing.articles ON articles.slug = 'article-{articles}';

            WITH {Writers}
            INSERT INTO publishing.comments (article_id, author_id, body, created_at, updated_at)
            SELECT articles.id, writers.id, 'A comment on ' || articles.slug, articles.created_at, articles.created_at
            FROM publishing.articles
            JOIN writers ON writers.n = (substring(articles.slug FROM 9)::int / 2) % {users}
            WHERE substring(articles.slug FROM 9)::int % 2 = 0 AND articles.slug <> 'article-{articles}';
            """);

        // On its own: VACUUM cannot run inside the implicit transaction of a multi-statement command.
        // Vacuuming sets the visibility map, so index-only scans are costed as they would be in production.
        await database.ExecuteAsync("VACUUM ANALYZE");
    }
}
