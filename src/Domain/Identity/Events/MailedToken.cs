using System.Text;

namespace CleanBackend.Domain.Identity.Events;

/// <summary>
/// A single-use token on its way into a mail: the value exists only here and in the mail, the database keeps its
/// hash. It never prints (records print every member, and events may end up in a log).
/// </summary>
public sealed record MailedToken(string Value, DateTimeOffset ExpiresAt)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Value = ***, ExpiresAt = {ExpiresAt:O}");
        return true;
    }
}
