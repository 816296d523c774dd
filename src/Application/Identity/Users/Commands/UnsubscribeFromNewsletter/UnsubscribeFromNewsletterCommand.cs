using CleanBackend.Application.Common.Messaging;

namespace CleanBackend.Application.Identity.Users.Commands.UnsubscribeFromNewsletter;

/// <summary>
/// The unsubscribe link of a newsletter; anonymous, as the signed token is the authorisation.
/// Idempotent: following the link again answers the same.
/// </summary>
public sealed record UnsubscribeFromNewsletterCommand(string? Token) : ICommand<NewsletterSubscriptionDto>
{
    // Records print every property (MVC logs action arguments at Trace): the token is a credential.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Token = {(Token is null ? "(absent)" : "***")}");
        return true;
    }
}
