using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;
using static CleanBackend.WebApi.FunctionalTests.Support.ProblemAssertions;

namespace CleanBackend.WebApi.FunctionalTests.Publishing;

/// <summary>
/// Requests that find an article and then write a row pointing at it can race the article's
/// deletion. Whichever wins, the loser must be told "article not found", never get a 5xx.
/// A race cannot be forced from outside, so each test runs several rounds: with the bug, some
/// round fails almost surely; without it, every round passes.
/// </summary>
public sealed class DeleteRaceTests : ApiTestBase
{
    private const int Rounds = 8;
    private const int Racers = 10;

    [Test]
    public async Task Favorites_racing_the_deletion_of_the_article_get_200_or_404_never_5xx()
    {
        var author = await TestUsers.CreateAsync("author");
        var fans = await TestUsers.CreateManyAsync("fan", Racers);

        for (var round = 1; round <= Rounds; round++)
        {
            var slug = await Api.PublishSlugAsync(author, $"Doomed {round}");
            var racers = fans.Select(fan => Api.FavoriteAsync(slug, fan.AccessToken)).ToList();
            var deletion = Api.DeleteArticleAsync(slug, author.AccessToken);

            AssertOutcome(await Task.WhenAll(racers), HttpStatusCode.OK, await deletion, round);
        }
    }

    [Test]
    public async Task Comments_racing_the_deletion_of_the_article_get_201_or_404_never_5xx()
    {
        var author = await TestUsers.CreateAsync("author");
        var readers = await TestUsers.CreateManyAsync("reader", Racers);

        for (var round = 1; round <= Rounds; round++)
        {
            var slug = await Api.PublishSlugAsync(author, $"Doomed {round}");
            var racers = readers.Select(reader => Api.AddCommentAsync(slug, reader.AccessToken, "Last words")).ToList();
            var deletion = Api.DeleteArticleAsync(slug, author.AccessToken);

            AssertOutcome(await Task.WhenAll(racers), HttpStatusCode.Created, await deletion, round);
        }
    }

    private static void AssertOutcome(ApiResponse[] racers, HttpStatusCode success, ApiResponse deletion, int round)
    {
        var statuses = racers.Select(response => (int)response.StatusCode).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(deletion.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), $"round {round}: {deletion.Body}");
            Assert.That(statuses, Is.All.AnyOf((int)success, (int)HttpStatusCode.NotFound), $"round {round}: {string.Join(", ", statuses)}; first failure: {racers.FirstOrDefault(response => response.StatusCode != success && response.StatusCode != HttpStatusCode.NotFound)?.Body}");
        }

        foreach (var loser in racers.Where(response => response.StatusCode == HttpStatusCode.NotFound))
        {
            loser.ShouldBeProblem(HttpStatusCode.NotFound, Error("article", "not found"));
        }
    }
}
