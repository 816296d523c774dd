using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanBackend.Infrastructure.Persistence.Notifications;

/// <summary>States are stored as their lower-case names, so hand-written SQL and psql sessions read them plainly.</summary>
internal static class StoredNames
{
    public static ValueConverter<TEnum, string> Converter<TEnum>()
        where TEnum : struct, Enum =>
        new(value => Name(value), text => Enum.Parse<TEnum>(text, true));

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
