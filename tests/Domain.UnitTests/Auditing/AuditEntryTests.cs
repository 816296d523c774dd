using CleanBackend.Domain.Auditing;
using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.UnitTests.Auditing;

public class AuditEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Record_KeepsEveryFact()
    {
        var actor = Guid.NewGuid();

        var entry = AuditEntry.Record(actor, "users.deactivated", "user", "42", "{}", Now, "abc");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.ActorId, Is.EqualTo(actor));
            Assert.That(entry.Action, Is.EqualTo("users.deactivated"));
            Assert.That(entry.TargetType, Is.EqualTo("user"));
            Assert.That(entry.TargetId, Is.EqualTo("42"));
            Assert.That(entry.OccurredAt, Is.EqualTo(Now));
            Assert.That(entry.CorrelationId, Is.EqualTo("abc"));
        }
    }

    [TestCase("", "user", "1", "action")]
    [TestCase("users.deactivated", " ", "1", "targetType")]
    [TestCase("users.deactivated", "user", "", "targetId")]
    public void Record_BlankName_Throws(string action, string targetType, string targetId, string field)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => AuditEntry.Record(null, action, targetType, targetId, "{}", Now, null));

        Assert.That(exception.Field, Is.EqualTo(field));
    }

    [Test]
    public void Record_OverlongCorrelationId_IsCut()
    {
        var entry = AuditEntry.Record(null, "a", "b", "c", "{}", Now, new string('x', 100));

        Assert.That(entry.CorrelationId, Has.Length.EqualTo(AuditEntry.MaxCorrelationIdLength));
    }
}
