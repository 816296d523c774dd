using CleanBackend.Infrastructure.Identity;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

public sealed class MfaTokensTests
{
    private readonly MfaTokens _tokens = new();

    [Test]
    public void CreateRecoveryCodes_AreDistinctReadableCodesStoredAsTheirHashes()
    {
        var codes = _tokens.CreateRecoveryCodes(10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes.Select(code => code.Value), Is.Unique.And.All.Match("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"));
            Assert.That(codes.Select(code => code.Hash), Is.EqualTo(codes.Select(code => _tokens.HashRecoveryCode(code.Value))));
            Assert.That(codes.Select(code => code.Hash), Has.None.Contains(codes[0].Value));
        }
    }

    [Test]
    public void HashRecoveryCode_IgnoresCaseSpacesAndDashes() =>
        Assert.That(_tokens.HashRecoveryCode("abcd efgh-jkmn-pqrs"), Is.EqualTo(_tokens.HashRecoveryCode("ABCD-EFGH-JKMN-PQRS")));

    [Test]
    public void CreateChallengeToken_IsRandomAndStoredAsItsHash()
    {
        var first = _tokens.CreateChallengeToken();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Hash, Is.EqualTo(_tokens.HashChallengeToken(first.Value)).And.Not.EqualTo(first.Value));
            Assert.That(_tokens.CreateChallengeToken().Value, Is.Not.EqualTo(first.Value));
        }
    }
}
