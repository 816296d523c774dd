namespace CleanBackend.Application.UnitTests.Common.Behaviours.Requests;

public sealed class ValidatedArticle
{
    public IReadOnlyList<string> TagList { get; init; } = [];
}
