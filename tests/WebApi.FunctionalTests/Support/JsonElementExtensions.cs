using System.Text.Json;

namespace CleanBackend.WebApi.FunctionalTests.Support;

/// <summary>
/// Typed reads of one member of a raw JSON object. Each fails the test, showing the object, when the
/// member is missing or has another JSON type, so a wrong shape never passes as a default value.
/// </summary>
public static class JsonElementExtensions
{
    /// <summary>The names of the object's members, in document order.</summary>
    public static IReadOnlyList<string> Keys(this JsonElement element)
    {
        Assert.That(element.ValueKind, Is.EqualTo(JsonValueKind.Object), $"Expected a JSON object, got {element}");
        return element.EnumerateObject().Select(member => member.Name).ToList();
    }

    public static string String(this JsonElement element, string name) =>
        Typed(element, name, JsonValueKind.String).GetString()!;

    /// <summary>A member that must be present and either a string or null.</summary>
    public static string? StringOrNull(this JsonElement element, string name)
    {
        var value = ApiResponse.Member(element, name);
        Assert.That(value.ValueKind, Is.AnyOf(JsonValueKind.String, JsonValueKind.Null), $"'{name}' should be a string or null in {element}");
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    public static int Int(this JsonElement element, string name)
    {
        var value = Typed(element, name, JsonValueKind.Number);
        Assert.That(value.TryGetInt32(out var number), Is.True, $"'{name}' should be an integer in {element}");
        return number;
    }

    public static long Long(this JsonElement element, string name)
    {
        var value = Typed(element, name, JsonValueKind.Number);
        Assert.That(value.TryGetInt64(out var number), Is.True, $"'{name}' should be an integer in {element}");
        return number;
    }

    public static bool Bool(this JsonElement element, string name)
    {
        var value = ApiResponse.Member(element, name);
        Assert.That(value.ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False), $"'{name}' should be a boolean in {element}");
        return value.GetBoolean();
    }

    public static JsonElement Object(this JsonElement element, string name) => Typed(element, name, JsonValueKind.Object);

    public static IReadOnlyList<JsonElement> Array(this JsonElement element, string name) =>
        Typed(element, name, JsonValueKind.Array).EnumerateArray().ToList();

    /// <summary>An array member whose items must all be strings.</summary>
    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        element.Array(name).Select(item =>
        {
            Assert.That(item.ValueKind, Is.EqualTo(JsonValueKind.String), $"'{name}' should hold only strings in {element}");
            return item.GetString()!;
        }).ToList();

    private static JsonElement Typed(JsonElement element, string name, JsonValueKind kind)
    {
        var value = ApiResponse.Member(element, name);
        Assert.That(value.ValueKind, Is.EqualTo(kind), $"'{name}' should be a JSON {kind} in {element}");
        return value;
    }
}
