using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.UnitTests.Common;

/// <summary>Conduit front ends show these words next to the field name, so they are part of the API.</summary>
public class ValidationMessagesTests
{
    [Test]
    public void Messages_AreTheConduitWording()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ValidationMessages.Blank, Is.EqualTo("can't be blank"));
            Assert.That(ValidationMessages.Invalid, Is.EqualTo("is invalid"));
            Assert.That(ValidationMessages.TooShort(3), Is.EqualTo("is too short (minimum is 3 characters)"));
            Assert.That(ValidationMessages.TooLong(200), Is.EqualTo("is too long (maximum is 200 characters)"));
            Assert.That(ValidationMessages.NotAJsonObject, Is.EqualTo("must be a JSON object"));
        }
    }
}
