using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// The snake_case naming convention also renames the columns of EF Core's migrations history table, but every
/// database migrated so far has it as <c>"__EFMigrationsHistory"("MigrationId", "ProductVersion")</c>. Naming the
/// two columns explicitly keeps those databases readable; the table's name is not touched by the convention.
/// </summary>
#pragma warning disable EF1001 // NpgsqlHistoryRepository is the provider's own; extending it is the documented way to configure the table.
internal sealed class OriginalNamesHistoryRepository(HistoryRepositoryDependencies dependencies) : NpgsqlHistoryRepository(dependencies)
{
    protected override void ConfigureTable(EntityTypeBuilder<HistoryRow> history)
    {
        base.ConfigureTable(history);
        history.Property(row => row.MigrationId).HasColumnName(nameof(HistoryRow.MigrationId));
        history.Property(row => row.ProductVersion).HasColumnName(nameof(HistoryRow.ProductVersion));
    }
}
#pragma warning restore EF1001
