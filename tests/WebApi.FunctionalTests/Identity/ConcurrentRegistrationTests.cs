using System.Net;
using CleanBackend.WebApi.FunctionalTests.Support;

namespace CleanBackend.WebApi.FunctionalTests.Identity;

/// <summary>
/// The availability check runs before the insert, so parallel requests can all pass it; the unique
/// indexes must then turn the losers into 409s rather than let a constraint violation become a 500.
/// </summary>
public sealed class ConcurrentRegistrationTests : ApiTestBase
{
    private const int Requests = 5;

    [Test]
    public async Task Parallel_registrations_of_one_username_yield_one_201_and_409s_naming_username()
    {
        var accounts = Enumerable.Range(0, Requests)
            .Select(index => new TestAccount("contested", $"contender{index}@example.com", TestAccount.DefaultPassword));

        var responses = await Task.WhenAll(accounts.Select(Api.RegisterAsync));

        AssertOneWinner(responses, "username");
    }

    [Test]
    public async Task Parallel_registrations_of_one_email_yield_one_201_and_409s_naming_email()
    {
        var accounts = Enumerable.Range(0, Requests)
            .Select(index => new TestAccount($"contender{index}", "contested@example.com", TestAccount.DefaultPassword));

        var responses = await Task.WhenAll(accounts.Select(Api.RegisterAsync));

        AssertOneWinner(responses, "email");
    }

    private static void AssertOneWinner(ApiResponse[] responses, string contestedField)
    {
        var statuses = responses.Select(response => response.StatusCode).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses.Count(status => status == HttpStatusCode.Created), Is.EqualTo(1), string.Join(", ", statuses));
            Assert.That(statuses.Count(status => status == HttpStatusCode.Conflict), Is.EqualTo(Requests - 1), string.Join(", ", statuses));
        }

        foreach (var loser in responses.Where(response => response.StatusCode == HttpStatusCode.Conflict))
        {
            loser.ShouldBeProblem(HttpStatusCode.Conflict, ProblemAssertions.Error(contestedField, "has already been taken"));
        }
    }
}
