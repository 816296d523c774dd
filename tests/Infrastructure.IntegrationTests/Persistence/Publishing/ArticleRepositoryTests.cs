using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Publishing;

public sealed class ArticleRepositoryTests
{
    private TestDatabase _database = null!;
    private User _author = null!;
    private User _reader = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("article_repository");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public async Task ResetAsync()
    {
        await _database.ResetAsync();
        _author = TestUsers.Register("author");
        _reader = TestUsers.Register("reader");
        await _database.AddAsync(_author, _reader);
    }

    [Test]
    public async Task Remove_DeletesTheArticlesCommentsFavoritesAndTagLinks_AndNothingOfAnotherArticle()
    {
        await _database.ExecuteAsync("INSERT INTO publishing.tags (name) VALUES ('dragons'), ('training')");
        var tagIds = (await _database.ColumnAsync("SELECT id FROM publishing.tags ORDER BY name"))
            .Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        var now = DateTimeOffset.UtcNow;
        var doomed = Article.Publish(_author.Id, "doomed", "Doomed", "About", "Body", tagIds, now);
        var kept = Article.Publish(_author.Id, "kept", "Kept", "About", "Body", tagIds, now);
        await _database.AddAsync(
            doomed,
            kept,
            Comment.Write(doomed.Id, _reader.Id, "First!", now),
            Comment.Write(doomed.Id, _author.Id, "Thanks", now),
            Comment.Write(kept.Id, _reader.Id, "Also here", now));
        await using (var dbContext = _database.CreateDbContext())
        {
            var favorites = new FavoriteStore(dbContext);
            await favorites.FavoriteAsync(_reader.Id, doomed.Id, now, CancellationToken.None);
            await favorites.FavoriteAsync(_author.Id, doomed.Id, now, CancellationToken.None);
            await favorites.FavoriteAsync(_reader.Id, kept.Id, now, CancellationToken.None);
        }

        await using (var dbContext = _database.CreateDbContext())
        {
            await new UnitOfWork(dbContext).ExecuteInTransactionAsync(
                async cancellationToken =>
                {
                    var articles = new ArticleRepository(dbContext);
                    var article = await articles.FindBySlugAsync("doomed", cancellationToken);
                    articles.Remove(article!);
                    return true;
                },
                CancellationToken.None);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _database.ColumnAsync("SELECT slug FROM publishing.articles"), Is.EqualTo(new[] { "kept" }));
            Assert.That(await RowsOfAsync("publishing.comments", doomed.Id), Is.Zero, "comments");
            Assert.That(await RowsOfAsync("publishing.favorites", doomed.Id), Is.Zero, "favorites");
            Assert.That(await RowsOfAsync("publishing.article_tags", doomed.Id), Is.Zero, "article_tags");
            Assert.That(await RowsOfAsync("publishing.comments", kept.Id), Is.EqualTo(1), "the other article's comments");
            Assert.That(await RowsOfAsync("publishing.favorites", kept.Id), Is.EqualTo(1), "the other article's favorites");
            Assert.That(await RowsOfAsync("publishing.article_tags", kept.Id), Is.EqualTo(2), "the other article's tags");
            Assert.That(await _database.CountAsync("publishing.tags"), Is.EqualTo(2), "tags outlive their articles");
        }
    }

    [Test]
    public async Task FindAuthorAsync_KnownUser_ReturnsTheirProfileNotFollowed()
    {
        var writer = TestUsers.Register("Writer");
        writer.ChangeBio("I write", DateTimeOffset.UtcNow);
        writer.ChangeImage("https://example.test/writer.png", DateTimeOffset.UtcNow);
        await _database.AddAsync(writer);
        await using var dbContext = _database.CreateDbContext();

        var profile = await new ArticleRepository(dbContext).FindAuthorAsync(writer.Id, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile?.Username, Is.EqualTo("Writer"));
            Assert.That(profile?.Bio, Is.EqualTo("I write"));
            Assert.That(profile?.Image, Is.EqualTo("https://example.test/writer.png"));
            Assert.That(profile?.Following, Is.False);
        }
    }

    [Test]
    public async Task FindAuthorAsync_UnknownId_ReturnsNull()
    {
        await using var dbContext = _database.CreateDbContext();

        Assert.That(await new ArticleRepository(dbContext).FindAuthorAsync(Guid.NewGuid(), CancellationToken.None), Is.Null);
    }


    [Test]
    public async Task EnsureTagIdsAsync_ReturnsTheIdsOfNewAndExistingNames()
    {
        var existing = await EnsureInTransactionAsync(["dragons", "training"]);

        var all = await EnsureInTransactionAsync(["dragons", "training", "zebras"]);

        var stored = await StoredIdsAsync("dragons", "training", "zebras");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(existing, Is.EquivalentTo(new[] { stored["dragons"], stored["training"] }));
            Assert.That(all, Is.EquivalentTo(stored.Values));
            Assert.That(await _database.CountAsync("publishing.tags"), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task EnsureTagIdsAsync_ForNoNames_ReturnsNoIdsWithoutQuerying()
    {
        var recorder = new CommandRecorder();
        await using var dbContext = _database.CreateDbContextWith(recorder);

        var ids = await new ArticleRepository(dbContext).EnsureTagIdsAsync([], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.Empty);
            Assert.That(recorder.Commands, Is.Empty);
        }
    }

    /// <summary>Eight requests creating the same new tags at once, five times over with fresh names.</summary>
    [Test]
    public async Task EnsureTagIdsAsync_EightParallelTransactionsEnsuringTheSameNewNames_AllGetEveryIdAndEachNameIsStoredOnce()
    {
        for (var round = 0; round < 5; round++)
        {
            string[] names = [.. Enumerable.Range(0, 6).Select(number => $"round{round}-tag{number}")];

            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => EnsureInTransactionAsync(names))));

            var stored = await StoredIdsAsync(names);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(stored, Has.Count.EqualTo(names.Length), $"round {round}: one row per name");
                for (var i = 0; i < results.Length; i++)
                {
                    Assert.That(results[i], Is.EquivalentTo(stored.Values), $"round {round}, transaction {i}");
                }
            }
        }

        Assert.That(await _database.CountAsync("publishing.tags"), Is.EqualTo(5 * 6));
    }

    /// <summary>
    /// Overlapping sets, each in the alphabetical order the application always passes (TagNames.NormalizeAll),
    /// so the transactions take their locks in one order and none deadlocks another.
    /// </summary>
    [Test]
    public async Task EnsureTagIdsAsync_ParallelTransactionsEnsuringOverlappingNames_AllGetTheirIds()
    {
        string[] all = [.. Enumerable.Range(0, 12).Select(number => $"tag{number:D2}")];
        string[][] sets = [.. Enumerable.Range(0, 8).Select(start => all.Skip(start).Take(5).ToArray())];

        var results = await Task.WhenAll(sets.Select(set => Task.Run(() => EnsureInTransactionAsync(set))));

        var stored = await StoredIdsAsync(all);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored, Has.Count.EqualTo(all.Length));
            for (var i = 0; i < sets.Length; i++)
            {
                Assert.That(results[i], Is.EquivalentTo(sets[i].Select(name => stored[name])), $"transaction {i}");
            }
        }
    }

    /// <summary>
    /// The race the second statement of EnsureTagIdsAsync exists for, forced: another transaction inserted the
    /// names and commits while ours waits on them, so our INSERT skips them and our statement's snapshot cannot
    /// see them; the ids must still all come back.
    /// </summary>
    [Test]
    public async Task EnsureTagIdsAsync_WhenAnotherTransactionCommitsTheNewNamesWhileWaiting_StillReturnsEveryId()
    {
        await EnsureInTransactionAsync(["existing"]);
        string[] names = ["existing", "fresh-one", "fresh-two"];

        await using var first = _database.CreateDbContext();
        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            await new ArticleRepository(first).EnsureTagIdsAsync(["fresh-one", "fresh-two"], CancellationToken.None);
            var second = Task.Run(() => EnsureInTransactionAsync(names));
            await _database.WaitUntilBlockedOnALockAsync(second);
            await transaction.CommitAsync();

            var ids = await second;

            var stored = await StoredIdsAsync(names);
            Assert.That(ids, Is.EquivalentTo(stored.Values));
        }
    }

    /// <summary>As a request does it: a context of its own and the unit of work's transaction.</summary>
    private async Task<IReadOnlyList<int>> EnsureInTransactionAsync(string[] names)
    {
        await using var dbContext = _database.CreateDbContext();
        var committed = await new UnitOfWork(dbContext).ExecuteInTransactionAsync(
            cancellationToken => new ArticleRepository(dbContext).EnsureTagIdsAsync(names, cancellationToken),
            CancellationToken.None);
        return committed.Result;
    }

    private async Task<Dictionary<string, int>> StoredIdsAsync(params string[] names)
    {
        var rows = await _database.ColumnAsync(
            $"SELECT name || '=' || id FROM publishing.tags WHERE name IN ({string.Join(", ", names.Select(name => $"'{name}'"))})");
        return rows.Select(row => row.Split('=')).ToDictionary(parts => parts[0], parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<long> RowsOfAsync(string table, Guid articleId) =>
        _database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE article_id = '{articleId}'");
}
