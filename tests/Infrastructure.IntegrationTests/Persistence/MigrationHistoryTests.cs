using CleanBackend.Domain.Publishing;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The move from hand-written migrations to <c>dotnet ef</c>: a database the hand-written migrations made takes the
/// empty baseline without any change, and the model snapshot the baseline carries is what the drift check compares
/// the model with (the same comparison <c>dotnet ef migrations has-pending-model-changes</c> runs in scripts/test.sh).
/// </summary>
public sealed class MigrationHistoryTests
{
    private const string LastHandWrittenMigration = "20261203120000_CreateFailedLoginCounters";
    private const string BaselineMigration = "20261203125709_Baseline";

    private readonly List<TestDatabase> _databases = [];

    [OneTimeTearDown]
    public async Task DropDatabasesAsync()
    {
        foreach (var database in _databases)
        {
            await database.DropAsync();
        }
    }

    [Test]
    public async Task MigrateAsync_OnADatabaseOfTheHandWrittenMigrations_AppliesTheBaselineFirstAndItChangesNoSchemaObject()
    {
        var database = await IntegrationDatabases.CreateEmptyAsync("history_upgrade");
        _databases.Add(database);
        await using (var dbContext = database.CreateDbContext())
        {
            await dbContext.GetService<IMigrator>().MigrateAsync(LastHandWrittenMigration);
        }

        var before = await CaptureAsync(database);
        IReadOnlyList<string> pending;
        await using (var dbContext = database.CreateDbContext())
        {
            pending = (await dbContext.Database.GetPendingMigrationsAsync()).ToList();
            await dbContext.GetService<IMigrator>().MigrateAsync(BaselineMigration);
        }

        var after = await CaptureAsync(database);
        var difference = before.CompareTo(after);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pending.FirstOrDefault(), Is.EqualTo(BaselineMigration), "the baseline comes first of what a hand-written database lacks");
            Assert.That(before.Objects, Is.Not.Empty, "the hand-written migrations should have made a schema");
            Assert.That(difference.IsEmpty, Is.True, () => difference.Describe("before the baseline", "after it"));
        }
    }

    [Test]
    public void HasPendingModelChanges_ForTheModelAsItIs_IsFalse()
    {
        using var dbContext = CreateContext();

        Assert.That(dbContext.Database.HasPendingModelChanges(), Is.False, "the model has changes no migration captures: run dotnet ef migrations add");
    }

    [Test]
    public void HasPendingModelChanges_AfterAModelChangeWithoutAMigration_IsTrue()
    {
        using var dbContext = CreateContext(builder => builder.ReplaceService<IModelCustomizer, TagColourModelCustomizer>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dbContext.Model.FindEntityType(typeof(Tag))!.FindProperty(TagColourModelCustomizer.Property), Is.Not.Null, "the changed model should be in use");
            Assert.That(dbContext.Database.HasPendingModelChanges(), Is.True);
        }
    }

    // The snapshot and the model are compared without a connection; the server is named only because Npgsql needs one.
    private static ApplicationDbContext CreateContext(Action<DbContextOptionsBuilder<ApplicationDbContext>>? change = null)
    {
        var builder = new DbContextOptionsBuilder<ApplicationDbContext>().UseApplicationDatabase(TestServers.Postgres);
        change?.Invoke(builder);
        return new ApplicationDbContext(builder.Options);
    }

    private static async Task<SchemaSnapshot> CaptureAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await SchemaSnapshot.CaptureAsync(connection);
    }

    /// <summary>A model change nobody wrote a migration for: a new column on the tags table.</summary>
    private sealed class TagColourModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public const string Property = "Colour";

        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.Entity<Tag>().Property<string>(Property);
        }
    }
}
