using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CleanBackend.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The first migration made by <c>dotnet ef</c>: it changes nothing, because the hand-written migrations before it
    /// already create this schema (MigrationHistoryTests prove it), and exists for its target model, the snapshot that
    /// later migrations are generated against and that <c>dotnet ef migrations has-pending-model-changes</c> checks.
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
