namespace CleanBackend.Application.Identity.Users.Commands.UnsubscribeFromNewsletter;

/// <summary>What an unsubscribe link answers: the account's newsletter setting, now off.</summary>
public sealed record NewsletterSubscriptionDto
{
    public string Username { get; init; } = string.Empty;

    public bool Newsletter { get; init; }
}
