using System.Diagnostics.CodeAnalysis;
using CleanBackend.Application.Common.Exceptions;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.Infrastructure.Persistence.Publishing;
using Npgsql;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// Turns the constraint violations that a race between two requests can cause into the answer the
/// slower request would have got a moment later: "already taken" (409) or "not found" (404).
/// </summary>
internal static class ConstraintViolations
{
    private static readonly Dictionary<string, string> UniqueFields = new(StringComparer.Ordinal)
    {
        [UserConfiguration.UniqueUsernameIndex] = "username",
        [UserConfiguration.UniqueEmailIndex] = "email",
        [ArticleConfiguration.UniqueSlugIndex] = "slug",
    };

    // A favorite or comment whose article was deleted between the lookup and the insert.
    private static readonly Dictionary<string, string> MissingParents = new(StringComparer.Ordinal)
    {
        ["fk_favorites_articles_article_id"] = "article",
        ["fk_comments_articles_article_id"] = "article",
    };

    public static bool TryTranslate(Exception exception, [NotNullWhen(true)] out RequestFailedException? translated)
    {
        translated = (exception as PostgresException ?? exception.InnerException as PostgresException) switch
        {
            { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } name } when UniqueFields.TryGetValue(name, out var field) =>
                new ConflictException([field]),
            { SqlState: PostgresErrorCodes.ForeignKeyViolation, ConstraintName: { } name } when MissingParents.TryGetValue(name, out var resource) =>
                new NotFoundException(resource),
            _ => null,
        };
        return translated is not null;
    }
}
