using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// <c>dotnet ef migrations has-pending-model-changes</c> compares the model with the migrations' model snapshot,
/// never with the SQL the migrations run. That SQL is hand-written in the migrations before the baseline and
/// stays hand-written wherever a migration uses <c>migrationBuilder.Sql</c>, so this fixture builds one database
/// from the migrations and one from the model and compares what PostgreSQL made of each.
/// </summary>
public sealed class SchemaDriftTests
{
    private TestDatabase _fromMigrations = null!;
    private TestDatabase _fromModel = null!;

    [OneTimeSetUp]
    public async Task CreateDatabasesAsync()
    {
        _fromMigrations = await IntegrationDatabases.CreateMigratedAsync("drift_migrations");

        _fromModel = await IntegrationDatabases.CreateEmptyAsync("drift_model");
        await using var dbContext = _fromModel.CreateDbContext();
        Assert.That(await dbContext.Database.EnsureCreatedAsync(), Is.True, "EnsureCreated should have created the schema");
    }

    [OneTimeTearDown]
    public async Task DropDatabasesAsync()
    {
        await _fromMigrations.DropAsync();
        await _fromModel.DropAsync();
    }

    [Test]
    public async Task Migrations_CreateTheSchemaTheModelDescribes()
    {
        var migrated = await CaptureAsync(_fromMigrations);
        var modelled = await CaptureAsync(_fromModel);

        var difference = migrated.CompareTo(modelled);

        Assert.That(migrated.Objects, Has.Some.Property(nameof(SchemaObject.Kind)).EqualTo("column"), "the snapshot should see the schema at all");
        Assert.That(difference.IsEmpty, Is.True, () => difference.Describe("migrations", "model"));
    }

    [Test]
    public async Task Migrations_SeedTheRolesTheModelSeeds()
    {
        const string rolesSql = "SELECT id || ':' || name FROM identity.roles ORDER BY id";

        Assert.That(await _fromMigrations.ColumnAsync(rolesSql), Is.EqualTo(await _fromModel.ColumnAsync(rolesSql)));
    }

    private static async Task<SchemaSnapshot> CaptureAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await SchemaSnapshot.CaptureAsync(connection);
    }
}
