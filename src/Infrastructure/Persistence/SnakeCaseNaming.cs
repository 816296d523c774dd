using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanBackend.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL folds unquoted names to lower case, so the schema uses snake_case names that can be
/// written in SQL without quotes. Applied once to the finished model instead of in every configuration.
/// </summary>
internal static class SnakeCaseNaming
{
    private static readonly HashSet<string> SystemColumns = ["xmin"];

    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName() ?? ToSnakeCase(entity.ClrType.Name);
            entity.SetTableName(ToSnakeCase(table));

            // System columns (such as xmin, used as a row version) keep their names.
            foreach (var property in entity.GetProperties().Where(property => !SystemColumns.Contains(property.GetColumnName())))
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.IsPrimaryKey()
                    ? $"pk_{entity.GetTableName()}"
                    : $"ak_{entity.GetTableName()}_{ColumnList(key.Properties)}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(
                    $"fk_{entity.GetTableName()}_{foreignKey.PrincipalEntityType.GetTableName()}_{ColumnList(foreignKey.Properties)}");
            }

            foreach (var index in entity.GetIndexes().Where(index => index.FindAnnotation(RelationalAnnotationNames.Name) is null))
            {
                index.SetDatabaseName($"ix_{entity.GetTableName()}_{ColumnList(index.Properties)}");
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var startsWord = i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (startsWord && name[i - 1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string ColumnList(IEnumerable<IReadOnlyProperty> properties) =>
        string.Join('_', properties.Select(property => ToSnakeCase(property.Name)));
}
