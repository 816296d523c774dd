namespace CleanBackend.Application.Identity.Contracts;

/// <summary>
/// Signed tokens for the unsubscribe link of every newsletter: whoever holds a user's token may turn
/// that user's newsletter off, and nothing else. They do not expire, as links in old mails must work.
/// </summary>
public interface INewsletterUnsubscribeTokens
{
    string Create(Guid userId);

    /// <summary>False for anything not created by <see cref="Create"/> with the current key (edited, cut short, made up).</summary>
    bool TryRead(string? token, out Guid userId);
}
