namespace CleanBackend.Application.Publishing.Abstractions;

public interface ITagReadService
{
    /// <summary>Every tag in use by at least one article, alphabetically.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken);
}
