using CleanBackend.Domain.Identity;
using CleanBackend.Domain.Publishing;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Publishing;

/// <summary>
/// Concurrent favorites and unfavorites, each in its own context and transaction as concurrent requests would
/// run them: no increment is lost, nothing is counted twice, and articles.favorites_count always equals the
/// number of favorites rows. Each test uses an article of its own.
/// </summary>
public sealed class FavoriteStoreConcurrencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private TestDatabase _database = null!;
    private User _author = null!;
    private List<User> _readers = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("favorites");
        _author = TestUsers.Register("author");
        _readers = [.. Enumerable.Range(0, 40).Select(number => TestUsers.Register($"reader_{number:D2}"))];
        await _database.AddAsync([_author, .. _readers]);
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [Test]
    public async Task FavoriteAsync_FortyInParallel_ThenFifteenUnfavoritesAlongsideTenRepeatedFavorites_KeepsTheCountExact()
    {
        var articleId = await PublishAsync("crowded");

        await Task.WhenAll(_readers.Select(reader => Task.Run(() => FavoriteAsync(reader.Id, articleId))));

        Assert.That(await CountsAsync(articleId), Is.EqualTo((40, 40L)), "(favorites_count, favorites rows) after 40 favorites");

        // Readers 0-14 leave while readers 30-39, who already favorited, favorite again (a no-op), all at once.
        var leaving = _readers.Take(15).Select(reader => Task.Run(() => UnfavoriteAsync(reader.Id, articleId)));
        var repeating = _readers.Skip(30).Select(reader => Task.Run(() => FavoriteAsync(reader.Id, articleId)));
        await Task.WhenAll(leaving.Concat(repeating));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountsAsync(articleId), Is.EqualTo((25, 25L)), "(favorites_count, favorites rows) after 15 leave");
            Assert.That(
                await _database.ColumnAsync($"SELECT user_id FROM publishing.favorites WHERE article_id = '{articleId}'"),
                Is.EquivalentTo(_readers.Skip(15).Select(reader => reader.Id.ToString())));
        }
    }

    [Test]
    public async Task FavoriteAsync_SameUserTwiceInParallel_CountsOnce()
    {
        var articleId = await PublishAsync("twice");

        // Twenty readers each send their favorite twice at the same time.
        await Task.WhenAll(_readers.Take(20).SelectMany(reader => new[]
        {
            Task.Run(() => FavoriteAsync(reader.Id, articleId)),
            Task.Run(() => FavoriteAsync(reader.Id, articleId)),
        }));

        Assert.That(await CountsAsync(articleId), Is.EqualTo((20, 20L)));
    }

    [Test]
    public async Task UnfavoriteAsync_SameUserTwiceInParallel_CountsOnce()
    {
        var articleId = await PublishAsync("untwice");
        await Task.WhenAll(_readers.Take(20).Select(reader => FavoriteAsync(reader.Id, articleId)));

        await Task.WhenAll(_readers.Take(10).SelectMany(reader => new[]
        {
            Task.Run(() => UnfavoriteAsync(reader.Id, articleId)),
            Task.Run(() => UnfavoriteAsync(reader.Id, articleId)),
        }));

        Assert.That(await CountsAsync(articleId), Is.EqualTo((10, 10L)));
    }

    /// <summary>
    /// The interleaving a parallel run may or may not produce, forced: the second favorite starts while the
    /// first is inserted but not committed, so its ON CONFLICT has to wait for the first and then do nothing.
    /// </summary>
    [Test]
    public async Task FavoriteAsync_WhileTheSameFavoriteIsUncommitted_WaitsAndDoesNotCountItAgain()
    {
        var articleId = await PublishAsync("waiting-favorite");
        var reader = _readers[0].Id;

        await using var first = _database.CreateDbContext();
        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            await new FavoriteStore(first).FavoriteAsync(reader, articleId, Now, CancellationToken.None);
            var second = Task.Run(() => FavoriteAsync(reader, articleId));
            await _database.WaitUntilBlockedOnALockAsync(second);
            await transaction.CommitAsync();
            await second;
        }

        Assert.That(await CountsAsync(articleId), Is.EqualTo((1, 1L)));
    }

    [Test]
    public async Task UnfavoriteAsync_WhileTheSameUnfavoriteIsUncommitted_WaitsAndDoesNotCountItAgain()
    {
        var articleId = await PublishAsync("waiting-unfavorite");
        var reader = _readers[0].Id;
        await FavoriteAsync(_readers[1].Id, articleId);
        await FavoriteAsync(reader, articleId);

        await using var first = _database.CreateDbContext();
        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            await new FavoriteStore(first).UnfavoriteAsync(reader, articleId, CancellationToken.None);
            var second = Task.Run(() => UnfavoriteAsync(reader, articleId));
            await _database.WaitUntilBlockedOnALockAsync(second);
            await transaction.CommitAsync();
            await second;
        }

        Assert.That(await CountsAsync(articleId), Is.EqualTo((1, 1L)), "only reader 1's favorite is left");
    }

    [Test]
    public async Task FavoriteAsync_WhileAnUnfavoriteOfItIsUncommitted_WaitsAndCountsTheNewFavorite()
    {
        var articleId = await PublishAsync("waiting-refavorite");
        var reader = _readers[0].Id;
        await FavoriteAsync(reader, articleId);

        await using var first = _database.CreateDbContext();
        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            await new FavoriteStore(first).UnfavoriteAsync(reader, articleId, CancellationToken.None);
            var second = Task.Run(() => FavoriteAsync(reader, articleId));
            await _database.WaitUntilBlockedOnALockAsync(second);
            await transaction.CommitAsync();
            await second;
        }

        Assert.That(await CountsAsync(articleId), Is.EqualTo((1, 1L)));
    }

    private async Task<Guid> PublishAsync(string slug)
    {
        var article = Article.Publish(_author.Id, slug, $"About {slug}", "A description", "A body", [], Now);
        await _database.AddAsync(article);
        return article.Id;
    }

    /// <summary>As a request does it: a context of its own and the unit of work's transaction.</summary>
    private async Task FavoriteAsync(Guid userId, Guid articleId)
    {
        await using var dbContext = _database.CreateDbContext();
        await new UnitOfWork(dbContext).ExecuteInTransactionAsync(
            async cancellationToken =>
            {
                await new FavoriteStore(dbContext).FavoriteAsync(userId, articleId, Now, cancellationToken);
                return true;
            },
            CancellationToken.None);
    }

    private async Task UnfavoriteAsync(Guid userId, Guid articleId)
    {
        await using var dbContext = _database.CreateDbContext();
        await new UnitOfWork(dbContext).ExecuteInTransactionAsync(
            async cancellationToken =>
            {
                await new FavoriteStore(dbContext).UnfavoriteAsync(userId, articleId, cancellationToken);
                return true;
            },
            CancellationToken.None);
    }

    /// <summary>The article's favorites_count and its number of favorites rows, which must always agree.</summary>
    private async Task<(int Count, long Rows)> CountsAsync(Guid articleId) => (
        await _database.ScalarAsync<int>($"SELECT favorites_count FROM publishing.articles WHERE id = '{articleId}'"),
        await _database.ScalarAsync<long>($"SELECT count(*) FROM publishing.favorites WHERE article_id = '{articleId}'"));
}
