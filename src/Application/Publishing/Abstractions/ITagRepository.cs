namespace CleanBackend.Application.Publishing.Abstractions;

public interface ITagRepository
{
    /// <summary>The ids of the named tags, creating the ones that do not exist yet (safely under concurrency).</summary>
    Task<IReadOnlyList<int>> EnsureTagIdsAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken);
}
