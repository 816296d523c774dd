using CleanBackend.Domain.Common;

namespace CleanBackend.Domain.Notifications;

public static class NewsletterRules
{
    /// <summary>Long subjects are folded or cut by mail clients anyway.</summary>
    public const int SubjectMaxLength = 200;

    /// <summary>Each body stays well inside the API's 1 MiB request limit.</summary>
    public const int BodyMaxLength = 200_000;

    public const string MultiLineSubject = "must be a single line";

    private static readonly RequiredText SubjectText = new(SubjectMaxLength);

    /// <summary>Both bodies, the HTML one and the plain-text one, meet this.</summary>
    public static RequiredText Body { get; } = new(BodyMaxLength);

    /// <summary>
    /// The message for what is wrong with a subject, or null when it may be sent. A line break would end the
    /// Subject header early, so the subject is one line.
    /// </summary>
    public static string? SubjectProblemWith(string? subject) =>
        SubjectText.ProblemWith(subject)
        ?? (subject!.Contains('\r') || subject.Contains('\n') ? MultiLineSubject : null);
}
