namespace CleanBackend.Application.Publishing.Tags;

public sealed class TagListDto
{
    public IReadOnlyList<string> Tags { get; init; } = [];
}
