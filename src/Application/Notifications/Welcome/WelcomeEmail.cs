using System.Net;
using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Welcome;

/// <summary>The welcome e-mail a new user receives; with a verification link, it also asks him to confirm the address.</summary>
public static class WelcomeEmail
{
    public const string Kind = "welcome";

    public static OutboundEmail Queue(string username, string email, DateTimeOffset now, string? verificationLink = null)
    {
        var html = WebUtility.HtmlEncode(username);
        var htmlVerification = verificationLink is null
            ? string.Empty
            : $"<p>Please confirm that this address is yours: <a href=\"{WebUtility.HtmlEncode(verificationLink)}\">{WebUtility.HtmlEncode(verificationLink)}</a></p>";
        var textVerification = verificationLink is null ? string.Empty : $"Please confirm that this address is yours: {verificationLink}\n\n";
        return OutboundEmail.Queue(
            Kind,
            email,
            $"Welcome to Conduit, {username}",
            $"<p>Hello {html},</p><p>welcome to Conduit. Your account is ready: write your first article, follow authors you like and build your feed.</p>{htmlVerification}<p>The Conduit team</p>",
            $"Hello {username},\n\nwelcome to Conduit. Your account is ready: write your first article, follow authors you like and build your feed.\n\n{textVerification}The Conduit team\n",
            now);
    }
}
