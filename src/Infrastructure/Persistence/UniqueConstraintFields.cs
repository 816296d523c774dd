using System.Diagnostics.CodeAnalysis;
using CleanBackend.Infrastructure.Persistence.Identity;
using CleanBackend.Infrastructure.Persistence.Publishing;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>Which API field a unique index protects, so a violation can be reported as that field's conflict.</summary>
internal static class UniqueConstraintFields
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [UserConfiguration.UniqueUsernameIndex] = "username",
        [UserConfiguration.UniqueEmailIndex] = "email",
        [ArticleConfiguration.UniqueSlugIndex] = "slug",
    };

    public static bool TryGetField(string constraintName, [NotNullWhen(true)] out string? field) =>
        Fields.TryGetValue(constraintName, out field);
}
