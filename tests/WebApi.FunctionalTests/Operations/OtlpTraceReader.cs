using System.Text;

namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>
/// Reads the spans out of an OTLP ExportTraceServiceRequest (protobuf) with a minimal wire-format walker,
/// so tests need no protobuf package. Field numbers from opentelemetry/proto/trace/v1/trace.proto:
/// ExportTraceServiceRequest.resource_spans = 1; ResourceSpans.resource = 1, scope_spans = 2;
/// Resource.attributes = 1 (KeyValue: key = 1, value = 2 → AnyValue.string_value = 1);
/// ScopeSpans.scope = 1 (InstrumentationScope.name = 1), spans = 2;
/// Span.trace_id = 1, span_id = 2, parent_span_id = 4, name = 5.
/// </summary>
public static class OtlpTraceReader
{
    public static IReadOnlyList<OtlpSpan> ReadSpans(byte[] exportRequest)
    {
        var spans = new List<OtlpSpan>();
        foreach (var resourceSpans in Fields(exportRequest, 1))
        {
            var serviceName = Fields(resourceSpans, 1).SelectMany(resource => Fields(resource, 1))
                .Where(attribute => Text(Fields(attribute, 1).FirstOrDefault()) == "service.name")
                .Select(attribute => Text(Fields(attribute, 2).SelectMany(value => Fields(value, 1)).FirstOrDefault()))
                .FirstOrDefault() ?? string.Empty;
            foreach (var scopeSpans in Fields(resourceSpans, 2))
            {
                var scope = Text(Fields(scopeSpans, 1).SelectMany(instrumentationScope => Fields(instrumentationScope, 1)).FirstOrDefault());
                foreach (var span in Fields(scopeSpans, 2))
                {
                    spans.Add(new OtlpSpan(
                        serviceName,
                        scope,
                        Text(Fields(span, 5).FirstOrDefault()),
                        Hex(Fields(span, 1).FirstOrDefault()),
                        Hex(Fields(span, 2).FirstOrDefault()),
                        Hex(Fields(span, 4).FirstOrDefault())));
                }
            }
        }

        return spans;
    }

    /// <summary>The payloads of the length-delimited fields numbered <paramref name="fieldNumber"/> of a message.</summary>
    private static List<byte[]> Fields(byte[] message, int fieldNumber)
    {
        var found = new List<byte[]>();
        var position = 0;
        while (position < message.Length)
        {
            var key = ReadVarint(message, ref position);
            var number = (int)(key >> 3);
            switch ((int)(key & 7))
            {
                case 0:
                    ReadVarint(message, ref position);
                    break;
                case 1:
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    if (number == fieldNumber)
                    {
                        found.Add(message[position..(position + length)]);
                    }

                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported protobuf wire type in key {key}.");
            }
        }

        return found;
    }

    private static ulong ReadVarint(byte[] message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = message[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }

    private static string Text(byte[]? bytes) => bytes is null ? string.Empty : Encoding.UTF8.GetString(bytes);

    private static string Hex(byte[]? bytes) => bytes is null ? string.Empty : Convert.ToHexString(bytes);
}
