using System.Text.Json;
using CleanBackend.Application.Common.Behaviours;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Application.Common.Models;
using CleanBackend.Application.UnitTests.Common.Behaviours.Requests;
using CleanBackend.Domain.Common;

namespace CleanBackend.Application.UnitTests.Common.Behaviours;

public class StorableTextBehaviourTests
{
    private readonly StorableTextBehaviour<TextRequest, string> _behaviour = new();
    private int _handlerCalls;

    [SetUp]
    public void ResetHandler() => _handlerCalls = 0;

    [Test]
    public async Task Handle_StorableTextEverywhere_CallsTheHandler()
    {
        var request = new TextRequest
        {
            Slug = "dragons-\uD83D\uDC09",
            Bio = "I work at statefarm",
            TagList = new List<string?> { "dragons", null },
            Labels = new Dictionary<string, string> { ["plan"] = "pro" },
            Metadata = Json("""{"plan":"pro","nested":{"list":[1,"two",null]}}"""),
            MetadataFilter = """{"plan":"pro"}""",
            Article = new ValidatedArticle { TagList = ["fine"] },
        };

        var response = await _behaviour.Handle(request, CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
    }

    [Test]
    public void Handle_UnstorableTextInEveryShape_NamesEveryFieldLikeTheValidationErrorsDoAndSkipsTheHandler()
    {
        var request = new TextRequest
        {
            Slug = "slug\0",
            Bio = "bio\uD800",
            TagList = new List<string?> { "fine", "tag\0" },
            Labels = new Dictionary<string, string> { ["plan"] = "pro\0", ["ke\0y"] = "value" },
            Metadata = Json("""{"plan":"\u0000","a":{"b":[1,"\ud800"]},"k\udc00":1}"""),
            MetadataFilter = """{"plan":"\u0000"}""",
            Article = new ValidatedArticle { TagList = ["fine", "\uDC00"] },
        };

        var exception = Assert.ThrowsAsync<RequestValidationException>(() => _behaviour.Handle(request, CancellationToken.None, Next));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Errors.Keys, Is.EquivalentTo(new[]
            {
                "slug", "bio", "tagList[1]", "labels.plan", "labels",
                "metadata.plan", "metadata.a.b[1]", "metadata",
                "metadataFilter.plan", "article.tagList[1]",
            }));
            Assert.That(exception.Errors.Values, Has.All.EqualTo(new[] { ValidationMessages.Invalid }));
            Assert.That(_handlerCalls, Is.Zero);
        }
    }

    [Test]
    public void Handle_RawNulInAJsonTextMember_NamesTheMember()
    {
        var request = new TextRequest { MetadataFilter = "{\"plan\":\"a\0\"}" };

        var exception = Assert.ThrowsAsync<RequestValidationException>(() => _behaviour.Handle(request, CancellationToken.None, Next));

        Assert.That(exception.Errors.Keys, Is.EqualTo(new[] { "metadataFilter" }));
    }

    [Test]
    public async Task Handle_AbsentOptionalAndJsonTextThatIsNotJson_LeavesThemToTheValidators()
    {
        var request = new TextRequest { MetadataFilter = "not json \\u0000" };

        var response = await _behaviour.Handle(request, CancellationToken.None, Next);

        Assert.That(response, Is.EqualTo("handled"));
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private Task<string> Next()
    {
        _handlerCalls++;
        return Task.FromResult("handled");
    }
}
