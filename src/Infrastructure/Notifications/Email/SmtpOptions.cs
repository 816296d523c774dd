using System.ComponentModel.DataAnnotations;

namespace CleanBackend.Infrastructure.Notifications.Email;

/// <summary>The mail server outgoing e-mail is handed to (section <c>Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>Empty: no authentication (a local relay or the development sink).</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS on the connection (required when set; never attempted when not).</summary>
    public bool EnableSsl { get; set; }

    [Required]
    public string FromAddress { get; set; } = "no-reply@cleanbackend.local";

    public string FromDisplayName { get; set; } = "CleanBackend";

    /// <summary>How long one message may take from connecting (when its session is not connected yet) to the server's final answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many connections to the server this process holds at once (one per open session).</summary>
    public int MaxConcurrentSends { get; set; } = 4;
}
