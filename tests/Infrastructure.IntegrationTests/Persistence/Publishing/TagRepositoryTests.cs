using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Publishing;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Publishing;

public sealed class TagRepositoryTests
{
    private TestDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("tag_repository");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public Task ResetAsync() => _database.ResetAsync();

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

        var ids = await new TagRepository(dbContext).EnsureTagIdsAsync([], CancellationToken.None);

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
            await new TagRepository(first).EnsureTagIdsAsync(["fresh-one", "fresh-two"], CancellationToken.None);
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
            cancellationToken => new TagRepository(dbContext).EnsureTagIdsAsync(names, cancellationToken),
            CancellationToken.None);
        return committed.Result;
    }

    private async Task<Dictionary<string, int>> StoredIdsAsync(params string[] names)
    {
        var rows = await _database.ColumnAsync(
            $"SELECT name || '=' || id FROM publishing.tags WHERE name IN ({string.Join(", ", names.Select(name => $"'{name}'"))})");
        return rows.Select(row => row.Split('=')).ToDictionary(parts => parts[0], parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
