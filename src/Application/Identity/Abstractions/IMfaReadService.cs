namespace CleanBackend.Application.Identity.Abstractions;

public interface IMfaReadService
{
    /// <summary>Whether the user has a confirmed second factor.</summary>
    Task<bool> IsEnabledAsync(Guid userId, CancellationToken cancellationToken);
}
