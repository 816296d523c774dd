using System.Net;
using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Welcome;

/// <summary>The welcome e-mail a new user receives.</summary>
public static class WelcomeEmail
{
    public const string Kind = "welcome";

    public static OutboundEmail Queue(string username, string email, DateTimeOffset now)
    {
        var html = WebUtility.HtmlEncode(username);
        return OutboundEmail.Queue(
            Kind,
            email,
            $"Welcome to Conduit, {username}",
            $"<p>Hello {html},</p><p>welcome to Conduit. Your account is ready: write your first article, follow authors you like and build your feed.</p><p>The Conduit team</p>",
            $"Hello {username},\n\nwelcome to Conduit. Your account is ready: write your first article, follow authors you like and build your feed.\n\nThe Conduit team\n",
            now);
    }
}
