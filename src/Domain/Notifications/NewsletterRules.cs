namespace CleanBackend.Domain.Notifications;

public static class NewsletterRules
{
    /// <summary>Long subjects are folded or cut by mail clients anyway.</summary>
    public const int SubjectMaxLength = 200;

    /// <summary>Each body stays well inside the API's 1 MiB request limit.</summary>
    public const int BodyMaxLength = 200_000;
}
