using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CleanBackend.WebApi.Serialization;

/// <summary>
/// Reads a JSON string whose escapes spell an unpaired surrogate (<c>"\ud800"</c>) into exactly that text,
/// where the reader would refuse it and the binder report only the first such field. The request then
/// reaches the storable-text rule of the pipeline, which names every field that holds one.
/// </summary>
public sealed class VerbatimStringJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException) when (reader.TokenType == JsonTokenType.String)
        {
            // The reader has already checked the token's UTF-8 and escape syntax; only the surrogate pairing failed.
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var text = new StringBuilder(escaped.Length);
        while (!escaped.IsEmpty)
        {
            var backslash = escaped.IndexOf((byte)'\\');
            if (backslash < 0)
            {
                text.Append(Encoding.UTF8.GetString(escaped));
                break;
            }

            text.Append(Encoding.UTF8.GetString(escaped[..backslash]));
            var marker = (char)escaped[backslash + 1];
            if (marker == 'u')
            {
                text.Append((char)int.Parse(Encoding.ASCII.GetString(escaped.Slice(backslash + 2, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                escaped = escaped[(backslash + 6)..];
            }
            else
            {
                text.Append(marker switch
                {
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => marker,
                });
                escaped = escaped[(backslash + 2)..];
            }
        }

        return text.ToString();
    }
}
