using System.Text.RegularExpressions;
using CleanBackend.Infrastructure.BackgroundJobs;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Quartz;

namespace CleanBackend.Infrastructure.Persistence.Migrations;

/// <summary>
/// The Notifications module's e-mail outbox, and the Quartz job store's tables in schema <c>quartz</c>, from the script Quartz.dll embeds for PostgreSQL
/// (idempotent, so a database where Quartz once provisioned them itself migrates too). The script is read from
/// the assembly rather than copied here, so the tables always match the Quartz version in use.
/// </summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261122090000_CreateNotificationsAndQuartzSchemas")]
public sealed partial class CreateNotificationsAndQuartzSchemas : Migration
{
    private const string QuartzScriptResource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE SCHEMA IF NOT EXISTS notifications;

            CREATE TABLE notifications.outbound_emails (
                id uuid NOT NULL,
                kind character varying(64) NOT NULL,
                recipient character varying(320) NOT NULL,
                subject text NOT NULL,
                html_body text NOT NULL,
                text_body text NOT NULL,
                message_id character varying(200) NOT NULL,
                status character varying(16) NOT NULL,
                attempts integer NOT NULL,
                next_attempt_at timestamp with time zone NOT NULL,
                last_error text,
                created_at timestamp with time zone NOT NULL,
                sent_at timestamp with time zone,
                CONSTRAINT pk_outbound_emails PRIMARY KEY (id)
            );
            CREATE INDEX ix_outbound_emails_pending_next_attempt_at ON notifications.outbound_emails (next_attempt_at) WHERE status = 'pending';
            CREATE INDEX ix_outbound_emails_recipient ON notifications.outbound_emails (recipient);
            """);

        migrationBuilder.Sql("CREATE SCHEMA IF NOT EXISTS quartz;");
        foreach (var statement in QuartzStatements(JobsOptions.TablePrefix))
        {
            migrationBuilder.Sql(statement);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP SCHEMA IF EXISTS quartz CASCADE;");
        migrationBuilder.Sql("DROP SCHEMA IF EXISTS notifications CASCADE;");
    }

    /// <summary>
    /// The embedded script's statements for <paramref name="prefix"/>: {0} is the prefix with its schema, {1} the
    /// same without it (for index and constraint names), and statements are separated by lines reading '--;;'.
    /// </summary>
    internal static IReadOnlyList<string> QuartzStatements(string prefix)
    {
        using var stream = typeof(IJob).Assembly.GetManifestResourceStream(QuartzScriptResource)
            ?? throw new InvalidOperationException($"Quartz.dll no longer embeds {QuartzScriptResource}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd()
            .Replace("{0}", prefix, StringComparison.Ordinal)
            .Replace("{1}", prefix[(prefix.LastIndexOf('.') + 1)..], StringComparison.Ordinal);
        return StatementSeparator().Split(script)
            .Where(statement => statement.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal)))
            .Select(statement => statement.Trim())
            .ToList();
    }

    [GeneratedRegex(@"^--;;[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex StatementSeparator();
}
