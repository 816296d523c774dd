using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence;

public sealed class UserReadServiceTests
{
    private TestDatabase _database = null!;
    private User _plain = null!;
    private User _withProfile = null!;
    private ApplicationDbContext _dbContext = null!;
    private UserReadService _reader = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = await IntegrationDatabases.CreateMigratedAsync("user_read");
        _plain = TestUsers.Register("plain", "Plain@Example.com");
        _withProfile = TestUsers.Register("profiled");
        _withProfile.ChangeBio("I write tests.", DateTimeOffset.UtcNow);
        _withProfile.ChangeImage("https://example.com/me.png", DateTimeOffset.UtcNow);
        await _database.AddAsync(_plain, _withProfile);
    }

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public void CreateReadService()
    {
        _dbContext = _database.CreateDbContext();
        _reader = new UserReadService(_dbContext, CleanBackend.Application.DependencyInjection.CreateMapperConfiguration());
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    [Test]
    public async Task FindAsync_ProjectsTheUserWithoutAToken()
    {
        var dto = await _reader.FindAsync(_plain.Id, CancellationToken.None);

        Assert.That(dto, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto!.Username, Is.EqualTo("plain"));
            Assert.That(dto.Email, Is.EqualTo("Plain@Example.com"), "the email as entered, not the normalised one");
            Assert.That(dto.Bio, Is.Null);
            Assert.That(dto.Image, Is.Null);
            Assert.That(dto.Token, Is.Empty);
        }
    }

    [Test]
    public async Task FindAsync_ProjectsBioAndImage()
    {
        var dto = await _reader.FindAsync(_withProfile.Id, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dto?.Bio, Is.EqualTo("I write tests."));
            Assert.That(dto?.Image, Is.EqualTo("https://example.com/me.png"));
        }
    }

    [Test]
    public async Task FindAsync_ForAnUnknownId_ReturnsNull()
    {
        Assert.That(await _reader.FindAsync(Guid.NewGuid(), CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task FindAsync_DoesNotTrackTheUser()
    {
        await _reader.FindAsync(_plain.Id, CancellationToken.None);

        // A tracked entity would be saved (or conflict) with the next unit of work on the same context.
        Assert.That(_dbContext.ChangeTracker.Entries(), Is.Empty);
    }
}
