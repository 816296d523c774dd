using System.Net;
using CleanBackend.Application.Notifications.Abstractions;

namespace CleanBackend.Application.Notifications.Newsletters.Delivery;

/// <summary>Turns a newsletter into one recipient's mail: the unsubscribe link in both bodies and in List-Unsubscribe.</summary>
public static class NewsletterMessages
{
    public const string ListUnsubscribeHeader = "List-Unsubscribe";

    public static string UnsubscribeUrl(string publicBaseUrl, string token) =>
        $"{publicBaseUrl.TrimEnd('/')}/api/newsletters/unsubscribe?token={Uri.EscapeDataString(token)}";

    /// <summary>The same for every attempt at one (newsletter, recipient) pair, so receivers can recognise a repeat.</summary>
    public static string MessageId(Guid newsletterId, Guid userId, string domain) => $"newsletter.{newsletterId:N}.{userId:N}@{domain}";

    public static EmailMessage Compose(NewsletterContent newsletter, ClaimedDelivery delivery, string unsubscribeUrl, string messageIdDomain) =>
        new()
        {
            To = delivery.Email,
            Subject = newsletter.Subject,
            HtmlBody = WithHtmlFooter(newsletter.HtmlBody, unsubscribeUrl),
            TextBody = $"{newsletter.TextBody.TrimEnd()}\n\n--\nTo stop receiving this newsletter: {unsubscribeUrl}\n",
            MessageId = MessageId(newsletter.Id, delivery.UserId, messageIdDomain),
            Headers = new Dictionary<string, string> { [ListUnsubscribeHeader] = $"<{unsubscribeUrl}>" },
        };

    private static string WithHtmlFooter(string html, string unsubscribeUrl)
    {
        var footer = $"<p style=\"font-size:small;color:#666\"><a href=\"{WebUtility.HtmlEncode(unsubscribeUrl)}\">Unsubscribe</a> from this newsletter.</p>";
        var bodyEnd = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return bodyEnd < 0 ? html + footer : html.Insert(bodyEnd, footer);
    }
}
