using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using Npgsql;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on the POSTs that create things: a mobile client retrying after a lost answer gets the
/// first answer again, not a second article or comment, on whichever replica the retry lands.
/// </summary>
public sealed class IdempotentWritesTests : ApiTestBase
{
    private const string Key = "\"5f0c1b9e-3d4a-4f7e-9b2c-8a6d1e0f4c3b\"";
    private const string KeyField = "Idempotency-Key";

    private static readonly object Draft = new { article = new { title = "Sent twice", description = "d", body = "b", tagList = new[] { "retry" } } };

    [Test]
    public async Task A_retried_create_with_the_same_key_and_body_replays_the_first_answer_and_creates_one_article()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var first = await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, Key);
        var retry = await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.ShouldHaveStatus(HttpStatusCode.Created).IdempotentReplayed, Is.False);
            Assert.That(retry.ShouldHaveStatus(HttpStatusCode.Created).IdempotentReplayed, Is.True);
            Assert.That(retry.Body, Is.EqualTo(first.Body));
            Assert.That(retry.Location, Is.EqualTo(first.Location));
            Assert.That(await ArticleCountAsync("Sent twice"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Creates_without_a_key_are_not_deduplicated()
    {
        var alice = await TestUsers.CreateAsync("alice");

        await Api.PublishAsync(alice, "Sent twice");
        await Api.PublishAsync(alice, "Sent twice");

        Assert.That(await ArticleCountAsync("Sent twice"), Is.EqualTo(2));
    }

    [Test]
    public async Task The_same_key_with_another_body_is_refused_with_422_and_creates_nothing()
    {
        var alice = await TestUsers.CreateAsync("alice");
        (await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, Key)).ShouldHaveStatus(HttpStatusCode.Created);

        var reused = await Api.PostWithIdempotencyKeyAsync(
            "/api/articles", alice.AccessToken, new { article = new { title = "Something else", description = "d", body = "b" } }, Key);

        reused.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error(KeyField, "was used for a different request"));
        Assert.That(await ArticleCountAsync("Something else"), Is.Zero);
    }

    [Test]
    public async Task The_same_key_and_body_on_another_article_is_refused_because_the_route_is_part_of_the_request()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var first = await Api.PublishSlugAsync(alice, "First");
        var second = await Api.PublishSlugAsync(alice, "Second");
        var comment = new { comment = new { body = "Same words" } };
        (await Api.PostWithIdempotencyKeyAsync($"/api/articles/{first}/comments", alice.AccessToken, comment, Key)).ShouldHaveStatus(HttpStatusCode.Created);

        var onTheOther = await Api.PostWithIdempotencyKeyAsync($"/api/articles/{second}/comments", alice.AccessToken, comment, Key);

        onTheOther.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error(KeyField, "was used for a different request"));
        Assert.That((await Api.ListCommentsAsync(second)).Comments, Is.Empty);
    }

    [Test]
    public async Task A_retried_comment_replays_the_first_comment()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var slug = await Api.PublishSlugAsync(alice, "Commented");
        var comment = new { comment = new { body = "Only once" } };

        var first = await Api.PostWithIdempotencyKeyAsync($"/api/articles/{slug}/comments", alice.AccessToken, comment, Key);
        var retry = await Api.PostWithIdempotencyKeyAsync($"/api/articles/{slug}/comments", alice.AccessToken, comment, Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(retry.ShouldHaveStatus(HttpStatusCode.Created).Comment.Long("id"), Is.EqualTo(first.ShouldHaveStatus(HttpStatusCode.Created).Comment.Long("id")));
            Assert.That(retry.IdempotentReplayed, Is.True);
            Assert.That((await Api.ListCommentsAsync(slug)).Comments, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Another_user_with_the_same_key_gets_an_article_of_their_own()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");

        var alices = await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, Key);
        var bobs = await Api.PostWithIdempotencyKeyAsync("/api/articles", bob.AccessToken, Draft, Key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bobs.ShouldHaveStatus(HttpStatusCode.Created).IdempotentReplayed, Is.False);
            Assert.That(bobs.Article.Object("author").String("username"), Is.EqualTo("bob"));
            Assert.That(bobs.Location, Is.Not.EqualTo(alices.Location));
        }
    }

    [TestCase("\"\"")]
    [TestCase("\"unterminated")]
    [TestCase("\"bad \\n escape\"")]
    [TestCase("a, b")]
    [TestCase("\"key\" trailing")]
    public async Task A_malformed_key_is_refused_with_400_and_creates_nothing(string header)
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, header);

        response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { KeyField }));
        Assert.That(await ArticleCountAsync("Sent twice"), Is.Zero);
    }

    [Test]
    public async Task A_key_over_255_characters_is_refused_with_400()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, new string('k', 256));

        response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { KeyField }));
    }

    [Test]
    public async Task A_retry_while_the_first_request_still_runs_gets_409_with_retry_after()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var aliceId = await UserIdAsync("alice");

        // What the first request holds while it runs, on whichever instance: the key's lock in its transaction.
        await using var connection = await Database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@scope || ' ' || @key, 0))", connection, transaction))
        {
            hold.Parameters.AddWithValue("scope", aliceId.ToString("N"));
            hold.Parameters.AddWithValue("key", Key.Trim('"'));
            await hold.ExecuteNonQueryAsync();
        }

        var whileRunning = await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, Key);
        await transaction.RollbackAsync();
        var afterwards = await Api.PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, Key);

        using (Assert.EnterMultipleScope())
        {
            whileRunning.ShouldBeProblem(HttpStatusCode.Conflict, Error(KeyField, "is in use by a request still being processed"));
            Assert.That(whileRunning.RetryAfter, Is.EqualTo("1"));
            afterwards.ShouldHaveStatus(HttpStatusCode.Created);
            Assert.That(await ArticleCountAsync("Sent twice"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Retries_spread_over_two_instances_create_one_article()
    {
        var alice = await TestUsers.CreateAsync("alice");
        await using var first = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, TestHostSettings.For(Database.ConnectionString));
        await using var second = new CleanBackendApiFactory(TestHostSettings.TestingEnvironment, TestHostSettings.For(Database.ConnectionString));
        using var firstClient = new ConduitApiClient(first.CreateClient());
        using var secondClient = new ConduitApiClient(second.CreateClient());

        // Sent at once, as a client that timed out and retried through the load balancer would.
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(attempt =>
            (attempt % 2 == 0 ? firstClient : secondClient).PostWithIdempotencyKeyAsync("/api/articles", alice.AccessToken, Draft, Key)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(responses.Select(response => response.StatusCode), Is.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict));
            Assert.That(responses.Count(response => response.StatusCode == HttpStatusCode.Created && !response.IdempotentReplayed), Is.EqualTo(1), "one request ran");
            Assert.That(await ArticleCountAsync("Sent twice"), Is.EqualTo(1));
        }
    }

    private static async Task<long> ArticleCountAsync(string title)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM publishing.articles WHERE title = @title", connection);
        command.Parameters.AddWithValue("title", title);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Guid> UserIdAsync(string username)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM identity.users WHERE username = @username", connection);
        command.Parameters.AddWithValue("username", username);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }
}
