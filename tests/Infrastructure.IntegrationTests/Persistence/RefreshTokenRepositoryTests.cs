using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

/// <summary>Read-only tests over one user with two token families, one of them rotated twice.</summary>
public sealed class RefreshTokenRepositoryTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private TestDatabase _database = null!;
    private RefreshToken _first = null!;
    private RefreshToken _second = null!;
    private RefreshToken _third = null!;
    private RefreshToken _otherFamily = null!;
    private ApplicationDbContext _dbContext = null!;
    private RefreshTokenRepository _tokens = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("refresh_tokens");
        var now = DateTimeOffset.UtcNow;
        var user = TestUsers.Register("token_owner");
        _first = RefreshToken.StartFamily(user.Id, Hash('1'), now, Lifetime);
        _second = _first.Rotate(Hash('2'), now, Lifetime);
        _third = _second.Rotate(Hash('3'), now, Lifetime);
        _otherFamily = RefreshToken.StartFamily(user.Id, Hash('4'), now, Lifetime);
        await _database.AddAsync(user, _first, _second, _third, _otherFamily);
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public void CreateRepository()
    {
        _dbContext = _database.CreateDbContext();
        _tokens = new RefreshTokenRepository(_dbContext);
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    [Test]
    public async Task FindByHashAsync_ReturnsTheTokenWithThatHash()
    {
        var found = await _tokens.FindByHashAsync(Hash('2'), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found?.Id, Is.EqualTo(_second.Id));
            Assert.That(found?.FamilyId, Is.EqualTo(_first.FamilyId));
            Assert.That(found?.ReplacedById, Is.EqualTo(_third.Id));
            Assert.That(found?.RevokedAt, Is.Not.Null);
        }
    }

    [Test]
    public async Task FindByHashAsync_ForAnUnknownHash_ReturnsNull()
    {
        Assert.That(await _tokens.FindByHashAsync(Hash('f'), CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task ListFamilyAsync_ReturnsEveryTokenOfTheFamilyAndNoOther()
    {
        var family = await _tokens.ListFamilyAsync(_first.FamilyId, CancellationToken.None);

        Assert.That(family.Select(token => token.Id), Is.EquivalentTo(new[] { _first.Id, _second.Id, _third.Id }));
    }

    [Test]
    public async Task ListFamilyAsync_ForAnUnknownFamily_ReturnsAnEmptyList()
    {
        Assert.That(await _tokens.ListFamilyAsync(Guid.NewGuid(), CancellationToken.None), Is.Empty);
    }

    private static string Hash(char filler) => new(filler, 64);
}
