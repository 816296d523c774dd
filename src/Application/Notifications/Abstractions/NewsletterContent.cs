using CleanBackend.Domain.Notifications;

namespace CleanBackend.Application.Notifications.Abstractions;

/// <summary>What a delivery run sends, and the newsletter's state when the run started.</summary>
public sealed record NewsletterContent(Guid Id, string Subject, string HtmlBody, string TextBody, NewsletterState State);
