namespace CleanBackend.Application.Identity.Abstractions;

public enum PasswordCheck
{
    Failed,
    Succeeded,

    /// <summary>The password matched a hash made with older parameters: store a fresh hash.</summary>
    SucceededRehashNeeded,
}
