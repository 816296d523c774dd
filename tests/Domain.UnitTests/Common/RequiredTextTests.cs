using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.UnitTests.Common;

public class RequiredTextTests
{
    private const int MaxLength = 10;

    private static readonly RequiredText Rule = new(MaxLength);

    [Test]
    public void ProblemWith_TextAtTheLimit_IsNone()
    {
        Assert.That(Rule.ProblemWith(new string('x', MaxLength)), Is.Null);
    }

    [Test]
    public void ProblemWith_TextOneOverTheLimit_IsTooLong()
    {
        Assert.That(Rule.ProblemWith(new string('x', MaxLength + 1)), Is.EqualTo("is too long (maximum is 10 characters)"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\t\r\n")]
    public void ProblemWith_NoTextOrOnlyWhiteSpace_IsBlank(string? text)
    {
        Assert.That(Rule.ProblemWith(text), Is.EqualTo("can't be blank"));
    }

    [Test]
    public void ProblemWith_WhiteSpaceCountsTowardsTheLimit()
    {
        Assert.That(Rule.ProblemWith(" " + new string('x', MaxLength)), Is.EqualTo(ValidationMessages.TooLong(MaxLength)));
    }

    [Test]
    public void ProblemWith_NulCharacter_IsLeftToTheStorableTextCheck()
    {
        // U+0000 is refused for every field by one check before validation (StorableText), not by each rule.
        Assert.That(Rule.ProblemWith("\0"), Is.Null);
    }

    [Test]
    public void Require_AllowedText_ReturnsItUnchanged()
    {
        Assert.That(Rule.Require("title", " x "), Is.EqualTo(" x "));
    }

    [Test]
    public void Require_BrokenRule_ThrowsForTheFieldWithTheSameMessage()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => Rule.Require("title", new string('x', MaxLength + 1)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("title"));
            Assert.That(exception.Rule, Is.EqualTo(Rule.ProblemWith(new string('x', MaxLength + 1))));
        }
    }
}
