using System.Text.Json;

namespace CleanBackend.Application.Common.Models;

public static class JsonText
{
    /// <summary>Stored JSON (a jsonb column read as text) as an element that outlives its document.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
