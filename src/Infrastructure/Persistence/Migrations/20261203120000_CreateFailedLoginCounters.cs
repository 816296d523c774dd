using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanBackend.Infrastructure.Persistence.Migrations;

/// <summary>The login lockout's counters, one row per e-mail address tried (by hash), known or not.</summary>
[DbContext(typeof(ApplicationDbContext))]
[Migration("20261203120000_CreateFailedLoginCounters")]
public sealed class CreateFailedLoginCounters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE identity.failed_login_counters (
                email_hash bytea NOT NULL,
                consecutive_failures integer NOT NULL,
                last_attempt_at timestamp with time zone NOT NULL,
                locked_until timestamp with time zone,
                CONSTRAINT pk_failed_login_counters PRIMARY KEY (email_hash)
            );
            """);
    }
}
