using CleanBackend.Domain.Common;
using CleanBackend.Domain.Publishing;

namespace CleanBackend.Domain.UnitTests.Publishing;

public class ArticlePublishTests
{
    [Test]
    public void Publish_ValidInput_KeepsTheValuesWithCreatedAndUpdatedAtNow()
    {
        var article = TestArticles.Publish(3, 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(article.AuthorId, Is.EqualTo(TestArticles.AuthorId));
            Assert.That(article.Slug, Is.EqualTo("how-to-train-your-dragon"));
            Assert.That(article.Title, Is.EqualTo("How to train your dragon"));
            Assert.That(article.Description, Is.EqualTo("Ever wonder how?"));
            Assert.That(article.Body, Is.EqualTo("You have to believe"));
            Assert.That(article.FavoritesCount, Is.Zero);
            Assert.That(article.CreatedAt, Is.EqualTo(TestArticles.PublishedAt));
            Assert.That(article.UpdatedAt, Is.EqualTo(TestArticles.PublishedAt));
        }
    }

    [Test]
    public void Publish_TagIds_LinksEachTagOnceToThisArticle()
    {
        var article = TestArticles.Publish(3, 1, 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.Tags.Select(tag => tag.TagId), Is.EquivalentTo(new[] { 1, 3 }));
            Assert.That(article.Tags.Select(tag => tag.ArticleId), Is.All.EqualTo(article.Id));
        }
    }

    [Test]
    public void Publish_NoTagIds_HasNoTags()
    {
        Assert.That(TestArticles.Publish().Tags, Is.Empty);
    }

    [Test]
    public void Publish_TwoArticles_GetDifferentIds()
    {
        var first = TestArticles.Publish();
        var second = TestArticles.Publish();

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
    }

    [TestCase("title", "")]
    [TestCase("title", "   ")]
    [TestCase("description", "")]
    [TestCase("description", "\t")]
    [TestCase("body", "")]
    [TestCase("body", " \n ")]
    [TestCase("slug", "")]
    public void Publish_BlankField_ThrowsNamingTheField(string field, string blank)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => PublishWith(field, blank));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo(field));
            Assert.That(exception.Rule, Is.EqualTo("can't be blank"));
        }
    }

    [TestCase("title", Article.MaxTitleLength)]
    [TestCase("description", Article.MaxDescriptionLength)]
    [TestCase("body", Article.MaxBodyLength)]
    [TestCase("slug", Slug.MaxLength)]
    public void Publish_FieldOfMaximumLength_IsAccepted(string field, int maxLength)
    {
        Assert.That(() => PublishWith(field, new string('x', maxLength)), Throws.Nothing);
    }

    [TestCase("title", Article.MaxTitleLength)]
    [TestCase("description", Article.MaxDescriptionLength)]
    [TestCase("body", Article.MaxBodyLength)]
    [TestCase("slug", Slug.MaxLength)]
    public void Publish_FieldLongerThanMaximum_ThrowsNamingTheField(string field, int maxLength)
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => PublishWith(field, new string('x', maxLength + 1)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Field, Is.EqualTo(field));
            Assert.That(exception.Rule, Is.EqualTo($"is too long (maximum is {maxLength} characters)"));
        }
    }

    [Test]
    public void IsAuthoredBy_Author_IsTrue()
    {
        Assert.That(TestArticles.Publish().IsAuthoredBy(TestArticles.AuthorId), Is.True);
    }

    [Test]
    public void IsAuthoredBy_OtherUser_IsFalse()
    {
        Assert.That(TestArticles.Publish().IsAuthoredBy(Guid.NewGuid()), Is.False);
    }

    private static Article PublishWith(string field, string value) =>
        Article.Publish(
            TestArticles.AuthorId,
            field == "slug" ? value : "a-slug",
            field == "title" ? value : "A title",
            field == "description" ? value : "A description",
            field == "body" ? value : "A body",
            [],
            TestArticles.PublishedAt);
}
