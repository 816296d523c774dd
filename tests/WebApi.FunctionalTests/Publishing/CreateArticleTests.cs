using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

public sealed class CreateArticleTests : ApiTestBase
{
    [Test]
    public async Task Create_returns_201_with_the_full_article_and_its_location()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.CreateArticleAsync(alice.AccessToken, new
        {
            title = "How to train your dragon",
            description = "Ever wonder how?",
            body = "You have to believe",
            tagList = new[] { "reactjs", "angularjs", "dragons" },
        });

        response.ShouldHaveStatus(HttpStatusCode.Created);
        Assert.That(response.Json.Keys(), Is.EqualTo(new[] { "article" }), "the envelope holds only the article");
        var article = response.Article.ShouldBeArticle();
        var author = article.Object("author");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.String("slug"), Is.EqualTo("how-to-train-your-dragon"));
            Assert.That(article.String("title"), Is.EqualTo("How to train your dragon"));
            Assert.That(article.String("description"), Is.EqualTo("Ever wonder how?"));
            Assert.That(article.String("body"), Is.EqualTo("You have to believe"));
            Assert.That(article.Strings("tagList"), Is.EqualTo(new[] { "angularjs", "dragons", "reactjs" }), "sorted alphabetically");
            Assert.That(article.Bool("favorited"), Is.False);
            Assert.That(article.Int("favoritesCount"), Is.Zero);
            Assert.That(article.String("createdAt"), Is.EqualTo(article.String("updatedAt")), "a new article has not been updated");
            Assert.That(author.String("username"), Is.EqualTo("alice"));
            Assert.That(author.Bool("following"), Is.False, "authors do not follow themselves");
            Assert.That(response.Location, Is.EqualTo("/api/articles/how-to-train-your-dragon"));
        }

        author.ShouldHaveNullBioAndImage();
    }

    [Test]
    public async Task Create_then_get_returns_the_same_article()
    {
        var alice = await TestUsers.CreateAsync("alice");
        (await Api.UpdateCurrentUserAsync(alice.AccessToken, new { bio = "I write", image = "https://example.test/alice.png" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        // Orders that differ between ordinal and linguistic collations: the answer to POST is built, not read back.
        var created = await Api.PublishAsync(alice, "Stored for good", tagList: ["one", "a b", "aa", "A-B", "b"]);

        var fetched = (await Api.GetArticleAsync(created.String("slug"))).ShouldHaveStatus(HttpStatusCode.OK).Article;

        Assert.That(fetched.ToString(), Is.EqualTo(created.ToString()), "GET shows exactly what POST returned");
    }

    [Test]
    public async Task Create_without_a_tag_list_returns_an_empty_tag_list()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.CreateArticleAsync(alice.AccessToken, new { title = "No tags", description = "d", body = "b" });

        Assert.That(response.ShouldHaveStatus(HttpStatusCode.Created).Article.ShouldBeArticle().Strings("tagList"), Is.Empty);
    }

    [Test]
    public async Task Create_normalises_tags_trimmed_lower_cased_deduplicated_and_sorted()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var article = await Api.PublishAsync(alice, "Messy tags", tagList: ["  Zebra ", "apple", "APPLE", "mango", "zebra", " "]);

        Assert.That(article.Strings("tagList"), Is.EqualTo(new[] { "apple", "mango", "zebra" }));
    }

    [Test]
    public async Task Two_articles_with_the_same_title_get_different_slugs()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var bob = await TestUsers.CreateAsync("bob");

        var first = await Api.PublishAsync(alice, "Same title");
        var second = await Api.PublishAsync(bob, "Same title");
        var third = await Api.PublishAsync(alice, "Same title");

        var slugs = new[] { first, second, third }.Select(article => article.String("slug")).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(slugs, Is.Unique);
            Assert.That(slugs[0], Is.EqualTo("same-title"), "the first one gets the plain slug");
            Assert.That(slugs[1], Does.Match("^same-title-[0-9a-f]{8}$"), "later ones get a suffix of 8 hex digits");
            Assert.That(slugs[2], Does.Match("^same-title-[0-9a-f]{8}$"));
        }

        foreach (var (slug, author) in slugs.Zip(new[] { "alice", "bob", "alice" }))
        {
            var fetched = (await Api.GetArticleAsync(slug)).ShouldHaveStatus(HttpStatusCode.OK).Article;
            Assert.That(fetched.Object("author").String("username"), Is.EqualTo(author), $"{slug} resolves to its own article");
        }
    }

    [TestCase("Hello, World!", "hello-world")]
    [TestCase("  Spaces   and---dashes  ", "spaces-and-dashes")]
    [TestCase("Crème Brûlée à la carte", "creme-brulee-a-la-carte")]
    [TestCase("C# 14 & .NET 10", "c-14-net-10")]
    [TestCase("¿¡!?", "article")]
    public async Task Create_derives_a_url_safe_slug_from_the_title(string title, string expectedSlug)
    {
        var alice = await TestUsers.CreateAsync("alice");

        var article = await Api.PublishAsync(alice, title);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(article.String("slug"), Is.EqualTo(expectedSlug));
            Assert.That(article.String("title"), Is.EqualTo(title), "the title is kept as written");
        }

        (await Api.GetArticleAsync(expectedSlug)).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Test]
    public async Task Create_with_more_than_20_tags_returns_422_tagList()
    {
        var alice = await TestUsers.CreateAsync("alice");
        var tags = Enumerable.Range(1, 21).Select(index => $"tag{index}").ToArray();

        var response = await Api.CreateArticleAsync(alice.AccessToken, new { title = "t", description = "d", body = "b", tagList = tags });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        Assert.That(response.Errors.Keys, Is.EqualTo(new[] { "tagList" }), response.Body);
    }

    [Test]
    public async Task Create_with_a_title_longer_than_200_characters_returns_422_title()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.CreateArticleAsync(alice.AccessToken, new { title = new string('t', 201), description = "d", body = "b" });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("title", "is too long (maximum is 200 characters)"));
    }

    [Test]
    public async Task Create_with_blank_title_description_and_body_returns_422_naming_every_field()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.CreateArticleAsync(alice.AccessToken, new { title = "", description = " ", body = (string?)null });

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, new Dictionary<string, string[]>
        {
            ["title"] = ["can't be blank"],
            ["description"] = ["can't be blank"],
            ["body"] = ["can't be blank"],
        });
    }

    [TestCase("title")]
    [TestCase("description")]
    [TestCase("body")]
    public async Task Create_with_one_field_missing_returns_422_naming_that_field(string missing)
    {
        var alice = await TestUsers.CreateAsync("alice");
        var fields = new Dictionary<string, string> { ["title"] = "A title", ["description"] = "A description", ["body"] = "A body" };
        fields.Remove(missing);

        var response = await Api.CreateArticleAsync(alice.AccessToken, fields);

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error(missing, "can't be blank"));
    }

    [Test]
    public async Task Create_without_the_article_envelope_returns_422()
    {
        var alice = await TestUsers.CreateAsync("alice");

        var response = await Api.SendRawJsonAsync(HttpMethod.Post, "/api/articles", alice.AccessToken, """{"title":"t","description":"d","body":"b"}""");

        response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, Error("article", "can't be blank"));
    }

    [Test]
    public async Task Create_without_a_token_returns_401_and_creates_nothing()
    {
        var response = await Api.CreateArticleAsync(token: null, new { title = "t", description = "d", body = "b" });

        response.ShouldBeProblem(HttpStatusCode.Unauthorized, Error("token", "is missing"));
        Assert.That((await Api.ListArticlesAsync()).ShouldHaveStatus(HttpStatusCode.OK).ArticlesCount, Is.Zero);
    }
}
