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

    private Task<long> RowsOfAsync(string table, Guid articleId) =>
        _database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE article_id = '{articleId}'");
}
