using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using CleanBackend.Application.Common.Models;
using CleanBackend.Domain.Common;

namespace CleanBackend.Application.Common.Behaviours;

/// <summary>
/// Walks a request the way a client wrote it (strings, lists, dictionaries, <see cref="Optional{T}"/>,
/// nested request objects, JSON values and their keys) and names every field whose text breaks
/// <see cref="StorableText"/>, in the field naming of the validation errors.
/// </summary>
internal static class UnstorableTextFinder
{
    // JSON is nested at most 64 deep by the reader; request objects are far shallower.
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, Member[]> MembersByType = new();

    public static IReadOnlyList<string> FieldsOf(object request)
    {
        var fields = new List<string>();
        WalkMembers(request, null, fields, 0);
        return fields.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Walk(object? value, string path, List<string> fields, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (value)
        {
            case null:
                return;
            case string text:
                if (!StorableText.IsStorable(text))
                {
                    fields.Add(path);
                }

                return;
            case JsonElement element:
                WalkJson(element, path, fields, depth);
                return;
            case JsonDocument document:
                WalkJson(document.RootElement, path, fields, depth);
                return;
            case IOptional optional:
                if (optional.HasValue)
                {
                    Walk(optional.BoxedValue, path, fields, depth + 1);
                }

                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Key is string key && !StorableText.IsStorable(key))
                    {
                        fields.Add(path);
                    }
                    else
                    {
                        Walk(entry.Value, $"{path}.{entry.Key}", fields, depth + 1);
                    }
                }

                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", fields, depth + 1);
                }

                return;
            default:
                WalkMembers(value, path, fields, depth + 1);
                return;
        }
    }

    /// <summary>The members of the application's own request and DTO types; other types (numbers, ids, times) hold no text.</summary>
    private static void WalkMembers(object value, string? path, List<string> fields, int depth)
    {
        foreach (var member in MembersByType.GetOrAdd(value.GetType(), MembersOf))
        {
            var memberPath = path is null ? member.FieldName : $"{path}.{member.FieldName}";
            var memberValue = member.Property.GetValue(value);
            if (member.ContainsJson && memberValue is string json)
            {
                WalkJsonText(json, memberPath, fields, depth);
            }

            Walk(memberValue, memberPath, fields, depth);
        }
    }

    private static Member[] MembersOf(Type type) =>
        type.Namespace?.StartsWith("CleanBackend.", StringComparison.Ordinal) == true && !type.IsEnum
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanRead && property.GetIndexParameters().Length == 0)
                .Select(property => new Member(property, FieldNames.ToJsonPath(property.Name), property.IsDefined(typeof(ContainsJsonAttribute))))
                .ToArray()
            : [];

    private static void WalkJsonText(string json, string path, List<string> fields, int depth)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            // Not JSON: the request's validator says so.
            return;
        }

        using (document)
        {
            WalkJson(document.RootElement, path, fields, depth);
        }
    }

    private static void WalkJson(JsonElement element, string path, List<string> fields, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (!TryDecode(element.GetString, out var text) || !StorableText.IsStorable(text))
                {
                    fields.Add(path);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryDecode(() => property.Name, out var name) || !StorableText.IsStorable(name))
                    {
                        // The key itself cannot be echoed back: the object holding it is named instead.
                        fields.Add(path);
                    }
                    else
                    {
                        WalkJson(property.Value, $"{path}.{name}", fields, depth + 1);
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    WalkJson(item, $"{path}[{index++}]", fields, depth + 1);
                }

                break;
        }
    }

    /// <summary>The reader refuses to turn an escaped lone surrogate (<c>"\ud800"</c>) into a string: that is unstorable too.</summary>
    private static bool TryDecode(Func<string?> decode, out string text)
    {
        try
        {
            text = decode() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    private sealed record Member(PropertyInfo Property, string FieldName, bool ContainsJson);
}
