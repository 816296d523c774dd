using CleanBackend.Domain.Common;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Domain.UnitTests.Publishing;

public class CommentTests
{
    private static readonly Guid ArticleId = Guid.Parse("6a0f8c1e-3b5d-4f7a-8c9e-1d2f3a4b5c6d");
    private static readonly Guid AuthorId = Guid.Parse("9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static readonly DateTimeOffset WrittenAt = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Write_ValidBody_KeepsTheValuesWithCreatedAndUpdatedAtNow()
    {
        var comment = Comment.Write(ArticleId, AuthorId, "Thank you so much!", WrittenAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(comment.ArticleId, Is.EqualTo(ArticleId));
            Assert.That(comment.AuthorId, Is.EqualTo(AuthorId));
            Assert.That(comment.Body, Is.EqualTo("Thank you so much!"));
            Assert.That(comment.CreatedAt, Is.EqualTo(WrittenAt));
            Assert.That(comment.UpdatedAt, Is.EqualTo(WrittenAt));
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\n\t")]
    public void Write_BlankBody_ThrowsForBody(string body)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => Comment.Write(ArticleId, AuthorId, body, WrittenAt));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("body"));
            Assert.That(exception.Rule, Is.EqualTo("can't be blank"));
        }
    }

    [Test]
    public void Write_BodyOfMaximumLength_IsAccepted()
    {
        var comment = Comment.Write(ArticleId, AuthorId, new string('x', Comment.MaxBodyLength), WrittenAt);

        Assert.That(comment.Body, Has.Length.EqualTo(Comment.MaxBodyLength));
    }

    [Test]
    public void Write_BodyLongerThanMaximum_ThrowsForBody()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(
            () => Comment.Write(ArticleId, AuthorId, new string('x', Comment.MaxBodyLength + 1), WrittenAt));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("body"));
            Assert.That(exception.Rule, Is.EqualTo($"is too long (maximum is {Comment.MaxBodyLength} characters)"));
        }
    }

    [Test]
    public void MayBeDeletedBy_Author_IsTrue()
    {
        Assert.That(Comment.Write(ArticleId, AuthorId, "body", WrittenAt).MayBeDeletedBy(AuthorId, isModerator: false), Is.True);
    }

    [TestCase(false, TestName = "MayBeDeletedBy_OtherUser_IsFalse")]
    [TestCase(true, TestName = "MayBeDeletedBy_OtherUserWhoModerates_IsTrue")]
    public void MayBeDeletedBy_OtherUser_IsWhetherTheyModerate(bool isModerator)
    {
        Assert.That(Comment.Write(ArticleId, AuthorId, "body", WrittenAt).MayBeDeletedBy(Guid.NewGuid(), isModerator), Is.EqualTo(isModerator));
    }
}
