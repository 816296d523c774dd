namespace CleanBackend.TestSupport;

/// <summary>
/// Where the real PostgreSQL, Redis and SMTP sink used by the tests are. scripts/test.sh starts local ones and
/// sets these variables; the defaults match scripts/services.sh so tests also run from an IDE.
/// </summary>
public static class TestServers
{
    public static string Postgres { get; } =
        Environment.GetEnvironmentVariable("CLEANBACKEND_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=cleanbackend-dev";

    public static string Redis { get; } =
        Environment.GetEnvironmentVariable("CLEANBACKEND_TEST_REDIS") ?? "127.0.0.1:56379";

    /// <summary>The SMTP sink of scripts/services.sh, as host:port.</summary>
    public static string Smtp { get; } =
        Environment.GetEnvironmentVariable("CLEANBACKEND_TEST_SMTP") ?? "127.0.0.1:52525";

    public static string SmtpHost => Smtp[..Smtp.LastIndexOf(':')];

    public static int SmtpPort => int.Parse(Smtp[(Smtp.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where that sink stores what it receives (one folder per recipient); by default the repository's .data/mail.</summary>
    public static string MailDirectory { get; } =
        Environment.GetEnvironmentVariable("CLEANBACKEND_TEST_MAIL_DIR") ?? Path.Combine(RepositoryRoot.Path, ".data", "mail");
}
