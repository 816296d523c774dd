using CleanBackend.Domain.Common;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Domain.UnitTests.Publishing;

public class ArticleChangeTests
{
    [Test]
    public void Retitle_NewTitle_ChangesTitleSlugAndUpdatedAtButNotCreatedAt()
    {
        var article = TestArticles.Publish();

        article.Retitle("Training dragons", "training-dragons", TestArticles.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Title, Is.EqualTo("Training dragons"));
            Assert.That(article.Slug, Is.EqualTo("training-dragons"));
            Assert.That(article.CreatedAt, Is.EqualTo(TestArticles.PublishedAt));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.Later));
        }
    }

    [Test]
    public void Describe_NewDescription_ChangesItAndUpdatedAtButNotCreatedAt()
    {
        var article = TestArticles.Publish();

        article.Describe("A new description", TestArticles.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Description, Is.EqualTo("A new description"));
            Assert.That(article.CreatedAt, Is.EqualTo(TestArticles.PublishedAt));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.Later));
        }
    }

    [Test]
    public void Rewrite_NewBody_ChangesItAndUpdatedAtButNotCreatedAt()
    {
        var article = TestArticles.Publish();

        article.Rewrite("A new body", TestArticles.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Body, Is.EqualTo("A new body"));
            Assert.That(article.CreatedAt, Is.EqualTo(TestArticles.PublishedAt));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.Later));
        }
    }

    [Test]
    public void Retag_NewTags_ChangesThemAndUpdatedAtButNotCreatedAt()
    {
        var article = TestArticles.Publish(1);

        article.Retag([2], TestArticles.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Tags.Select(tag => tag.TagId), Is.EqualTo(new[] { 2 }));
            Assert.That(article.CreatedAt, Is.EqualTo(TestArticles.PublishedAt));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.Later));
        }
    }

    [Test]
    public void Retag_Subset_RemovesTheOthersAndKeepsTheExistingLinks()
    {
        var article = TestArticles.Publish(1, 2, 3);
        var kept = article.Tags.Single(tag => tag.TagId == 2);

        article.Retag([2], TestArticles.Later);

        Assert.That(article.Tags, Is.EqualTo(new[] { kept }));
    }

    [Test]
    public void Retag_SomeOldSomeNew_KeepsTheOldLinksAndAddsTheNewOnes()
    {
        var article = TestArticles.Publish(1, 2);
        var kept = article.Tags.Single(tag => tag.TagId == 2);

        article.Retag([2, 4, 4], TestArticles.Later);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Tags.Select(tag => tag.TagId), Is.EquivalentTo(new[] { 2, 4 }));
            Assert.That(article.Tags, Does.Contain(kept));
            Assert.That(article.Tags.Select(tag => tag.ArticleId), Is.All.EqualTo(article.Id));
        }
    }

    [Test]
    public void Retag_NoTags_RemovesEveryTag()
    {
        var article = TestArticles.Publish(1, 2);

        article.Retag([], TestArticles.Later);

        Assert.That(article.Tags, Is.Empty);
    }

    [Test]
    public void Change_EarlierThanTheLastUpdate_DoesNotMoveUpdatedAtBack()
    {
        var article = TestArticles.Publish();
        article.Rewrite("A later body", TestArticles.Later);

        // Clocks of different servers may disagree a little; UpdatedAt must still never go back.
        article.Describe("An earlier description", TestArticles.Later.AddSeconds(-1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Description, Is.EqualTo("An earlier description"));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.Later));
        }
    }

    [Test]
    public void Change_BeforePublication_KeepsUpdatedAtAtCreatedAt()
    {
        var article = TestArticles.Publish();

        article.Retitle("Other title", "other-title", TestArticles.PublishedAt.AddMinutes(-5));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.CreatedAt, Is.EqualTo(TestArticles.PublishedAt));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.PublishedAt));
        }
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Retitle_BlankTitle_ThrowsForTitleAndLeavesTheArticleUnchanged(string title)
    {
        var article = TestArticles.Publish();

        var exception = Assert.Throws<DomainRuleViolationException>(() => article.Retitle(title, "a-slug", TestArticles.Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("title"));
            Assert.That(article.Title, Is.EqualTo("How to train your dragon"));
            Assert.That(article.Slug, Is.EqualTo("how-to-train-your-dragon"));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.PublishedAt));
        }
    }

    [Test]
    public void Retitle_TooLongTitle_ThrowsForTitle()
    {
        var article = TestArticles.Publish();

        var exception = Assert.Throws<DomainRuleViolationException>(
            () => article.Retitle(new string('x', Article.MaxTitleLength + 1), "a-slug", TestArticles.Later));

        Assert.That(exception.Field, Is.EqualTo("title"));
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Describe_BlankDescription_ThrowsForDescriptionAndLeavesTheArticleUnchanged(string description)
    {
        var article = TestArticles.Publish();

        var exception = Assert.Throws<DomainRuleViolationException>(() => article.Describe(description, TestArticles.Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("description"));
            Assert.That(article.Description, Is.EqualTo("Ever wonder how?"));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.PublishedAt));
        }
    }

    [Test]
    public void Describe_TooLongDescription_ThrowsForDescription()
    {
        var article = TestArticles.Publish();

        var exception = Assert.Throws<DomainRuleViolationException>(
            () => article.Describe(new string('x', Article.MaxDescriptionLength + 1), TestArticles.Later));

        Assert.That(exception.Field, Is.EqualTo("description"));
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Rewrite_BlankBody_ThrowsForBodyAndLeavesTheArticleUnchanged(string body)
    {
        var article = TestArticles.Publish();

        var exception = Assert.Throws<DomainRuleViolationException>(() => article.Rewrite(body, TestArticles.Later));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo("body"));
            Assert.That(article.Body, Is.EqualTo("You have to believe"));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.PublishedAt));
        }
    }

    [Test]
    public void Rewrite_TooLongBody_ThrowsForBody()
    {
        var article = TestArticles.Publish();

        var exception = Assert.Throws<DomainRuleViolationException>(
            () => article.Rewrite(new string('x', Article.MaxBodyLength + 1), TestArticles.Later));

        Assert.That(exception.Field, Is.EqualTo("body"));
    }
}
