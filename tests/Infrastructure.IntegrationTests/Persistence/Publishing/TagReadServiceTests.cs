using CleanBackend.Domain.Publishing;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Publishing;

public sealed class TagReadServiceTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("tag_read");
        var author = TestUsers.Register("author");
        await _database.AddAsync(author);

        // Ids in the reverse of alphabetical order, so a list ordered by id would come out backwards.
        await _database.ExecuteAsync("INSERT INTO publishing.tags (name) VALUES ('zebra'), ('unused'), ('dragons'), ('apple')");
        var zebra = await _database.ScalarAsync<int>("SELECT id FROM publishing.tags WHERE name = 'zebra'");
        var dragons = await _database.ScalarAsync<int>("SELECT id FROM publishing.tags WHERE name = 'dragons'");
        var apple = await _database.ScalarAsync<int>("SELECT id FROM publishing.tags WHERE name = 'apple'");
        var now = DateTimeOffset.UtcNow;
        await _database.AddAsync(
            Article.Publish(author.Id, "first", "First", "About", "Body", [zebra, dragons], now),
            Article.Publish(author.Id, "second", "Second", "About", "Body", [dragons, apple], now));
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [Test]
    public async Task ListAsync_ReturnsEachTagInUseOnceAlphabetically()
    {
        await using var dbContext = _database.CreateDbContext();

        var tags = await new TagReadService(dbContext).ListAsync(CancellationToken.None);

        Assert.That(tags, Is.EqualTo(new[] { "apple", "dragons", "zebra" }), "'unused' is on no article");
    }
}
