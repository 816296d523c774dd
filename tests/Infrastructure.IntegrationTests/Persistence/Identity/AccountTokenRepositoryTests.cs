using CleanBackend.Domain.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using CleanBackend.Infrastructure.Persistence;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanBackend.Infrastructure.IntegrationTests.Persistence.Identity;

/// <summary>
/// One user with a reset link of each state and a verification link, and another user's reset link. Whole seconds
/// throughout: PostgreSQL keeps microseconds, so the times read back compare equal.
/// </summary>
public sealed class AccountTokenRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ResetLifetime = TimeSpan.FromMinutes(30);

    private TestDatabase _database = null!;
    private User _owner = null!;
    private AccountToken _freshReset = null!;
    private AccountToken _usedReset = null!;
    private AccountToken _expiredReset = null!;
    private AccountToken _freshVerification = null!;
    private AccountToken _othersReset = null!;
    private ApplicationDbContext _dbContext = null!;
    private AccountTokenRepository _tokens = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await IntegrationDatabases.CreateMigratedAsync("account_tokens");

    [OneTimeTearDown]
    public Task DropDatabaseAsync() => _database.DropAsync();

    [SetUp]
    public async Task SeedAsync()
    {
        await _database.ResetAsync();
        _owner = TestUsers.Register("token_owner");
        var other = TestUsers.Register("someone_else");
        _freshReset = _owner.IssuePasswordResetToken("a", Hash('a'), ResetLifetime, Now.AddMinutes(-10));
        _usedReset = _owner.IssuePasswordResetToken("b", Hash('b'), ResetLifetime, Now.AddMinutes(-20));
        _usedReset.Redeem(Now.AddMinutes(-15));
        _expiredReset = _owner.IssuePasswordResetToken("c", Hash('c'), ResetLifetime, Now.AddHours(-2));
        _freshVerification = _owner.IssueEmailVerificationToken("d", Hash('d'), TimeSpan.FromHours(24), Now.AddMinutes(-5));
        _othersReset = other.IssuePasswordResetToken("e", Hash('e'), ResetLifetime, Now.AddMinutes(-1));
        await _database.AddAsync(_owner, other, _freshReset, _usedReset, _expiredReset, _freshVerification, _othersReset);

        _dbContext = _database.CreateDbContext();
        _tokens = new AccountTokenRepository(_dbContext);
    }

    [TearDown]
    public ValueTask DisposeContextAsync() => _dbContext.DisposeAsync();

    [Test]
    public async Task FindAsync_PurposeAndHash_ReturnsThatTokenAsStored()
    {
        var found = await _tokens.FindAsync(AccountTokenPurpose.PasswordReset, Hash('a'), CancellationToken.None);

        Assert.That(found, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(found!.Id, Is.EqualTo(_freshReset.Id));
            Assert.That(found.UserId, Is.EqualTo(_owner.Id));
            Assert.That(found.Purpose, Is.EqualTo(AccountTokenPurpose.PasswordReset));
            Assert.That(found.Email, Is.EqualTo("token_owner@example.com"));
            Assert.That(found.CreatedAt, Is.EqualTo(Now.AddMinutes(-10)));
            Assert.That(found.ExpiresAt, Is.EqualTo(Now.AddMinutes(20)));
            Assert.That(found.UsedAt, Is.Null);
        }
    }

    [Test]
    public async Task FindAsync_UsedAndExpiredTokens_AreFoundSoTheHandlerCanSayWhatIsWrong()
    {
        var used = await _tokens.FindAsync(AccountTokenPurpose.PasswordReset, Hash('b'), CancellationToken.None);
        var expired = await _tokens.FindAsync(AccountTokenPurpose.PasswordReset, Hash('c'), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(used?.UsedAt, Is.EqualTo(Now.AddMinutes(-15)));
            Assert.That(expired?.Id, Is.EqualTo(_expiredReset.Id));
        }
    }

    [Test]
    public async Task FindAsync_HashOfATokenOfTheOtherPurpose_ReturnsNull()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _tokens.FindAsync(AccountTokenPurpose.EmailVerification, Hash('a'), CancellationToken.None), Is.Null);
            Assert.That(await _tokens.FindAsync(AccountTokenPurpose.PasswordReset, Hash('d'), CancellationToken.None), Is.Null);
        }
    }

    [Test]
    public async Task FindAsync_UnknownHash_ReturnsNull()
    {
        Assert.That(await _tokens.FindAsync(AccountTokenPurpose.PasswordReset, Hash('f'), CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task FindAsync_TheTokenFound_IsTrackedSoRedeemingItIsSaved()
    {
        var found = await _tokens.FindAsync(AccountTokenPurpose.PasswordReset, Hash('a'), CancellationToken.None);
        found!.Redeem(Now);
        await _dbContext.SaveChangesAsync();

        await using var check = _database.CreateDbContext();
        var stored = await check.AccountTokens.AsNoTracking().SingleAsync(token => token.Id == _freshReset.Id);
        Assert.That(stored.UsedAt, Is.EqualTo(Now));
    }

    [Test]
    public async Task ListRedeemableAsync_ReturnsOnlyTheUsersUnusedUnexpiredTokensOfThatPurpose()
    {
        var resets = await _tokens.ListRedeemableAsync(_owner.Id, AccountTokenPurpose.PasswordReset, Now, CancellationToken.None);
        var verifications = await _tokens.ListRedeemableAsync(_owner.Id, AccountTokenPurpose.EmailVerification, Now, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(resets.Select(token => token.Id), Is.EqualTo(new[] { _freshReset.Id }));
            Assert.That(verifications.Select(token => token.Id), Is.EqualTo(new[] { _freshVerification.Id }));
        }
    }

    [Test]
    public async Task ListRedeemableAsync_AtTheExpiry_NoLongerListsTheToken()
    {
        // The same boundary as AccountToken.ProblemWithRedeeming: at ExpiresAt the token has expired.
        var atExpiry = await _tokens.ListRedeemableAsync(_owner.Id, AccountTokenPurpose.PasswordReset, _freshReset.ExpiresAt, CancellationToken.None);
        var justBefore = await _tokens.ListRedeemableAsync(_owner.Id, AccountTokenPurpose.PasswordReset, _freshReset.ExpiresAt.AddSeconds(-1), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(atExpiry, Is.Empty);
            Assert.That(justBefore.Select(token => token.Id), Is.EqualTo(new[] { _freshReset.Id }));
        }
    }

    [Test]
    public async Task ListRedeemableAsync_ReturnsTrackedTokens_SoRedeemingThemIsSaved()
    {
        foreach (var token in await _tokens.ListRedeemableAsync(_owner.Id, AccountTokenPurpose.PasswordReset, Now, CancellationToken.None))
        {
            token.Redeem(Now);
        }

        await _dbContext.SaveChangesAsync();

        await using var check = _database.CreateDbContext();
        var left = await new AccountTokenRepository(check).ListRedeemableAsync(_owner.Id, AccountTokenPurpose.PasswordReset, Now, CancellationToken.None);
        Assert.That(left, Is.Empty);
    }

    [Test]
    public async Task Add_TokenWithAHashAlreadyStored_IsRefusedByTheUniqueIndex()
    {
        _tokens.Add(_owner.IssueEmailVerificationToken("a", Hash('a'), TimeSpan.FromHours(24), Now));

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => _dbContext.SaveChangesAsync());

        var postgres = exception.InnerException as PostgresException;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(postgres?.SqlState, Is.EqualTo(PostgresErrorCodes.UniqueViolation));
            Assert.That(postgres?.ConstraintName, Is.EqualTo("ix_account_tokens_token_hash"));
        }
    }

    [Test]
    public async Task Redeem_InTwoContextsAtOnce_SavesOnlyTheFirst()
    {
        // Two requests following the same link: the row version lets only one of them change the account.
        await using var second = _database.CreateDbContext();
        var first = await _tokens.FindAsync(AccountTokenPurpose.PasswordReset, Hash('a'), CancellationToken.None);
        var sameToken = await new AccountTokenRepository(second).FindAsync(AccountTokenPurpose.PasswordReset, Hash('a'), CancellationToken.None);
        first!.Redeem(Now);
        sameToken!.Redeem(Now.AddSeconds(1));

        await _dbContext.SaveChangesAsync();

        Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Test]
    public async Task Purpose_IsStoredAsItsLowerCaseName()
    {
        var purposes = await _database.ColumnAsync("SELECT DISTINCT purpose FROM identity.account_tokens ORDER BY 1");

        Assert.That(purposes, Is.EqualTo(new[] { "emailverification", "passwordreset" }));
    }

    private static string Hash(char filler) => new(filler, 64);
}
