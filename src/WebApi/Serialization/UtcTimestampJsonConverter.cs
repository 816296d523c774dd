using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CleanBackend.WebApi.Serialization;

/// <summary>
/// Writes timestamps the way Conduit clients (and JavaScript's Date) expect them:
/// ISO 8601 in UTC with milliseconds and a "Z", e.g. 2026-11-22T10:00:00.123Z.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
