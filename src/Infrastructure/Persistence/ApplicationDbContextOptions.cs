using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// The options every <see cref="ApplicationDbContext"/> needs, whoever builds it (the API, the design-time factory
/// of <c>dotnet ef</c>, the tests): PostgreSQL, and snake_case names for everything the model names. The naming
/// convention is part of the options rather than of OnModelCreating, so it has to be applied here, once for all.
/// </summary>
public static class ApplicationDbContextOptions
{
    public static TBuilder UseApplicationDatabase<TBuilder>(
        this TBuilder builder,
        string connectionString,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null)
        where TBuilder : DbContextOptionsBuilder
    {
        builder
            .UseNpgsql(connectionString, configureNpgsql)
            // PostgreSQL folds unquoted names to lower case: snake_case names can be written in SQL without quotes.
            .UseSnakeCaseNamingConvention()
            .ReplaceService<IHistoryRepository, OriginalNamesHistoryRepository>();
        return builder;
    }
}
