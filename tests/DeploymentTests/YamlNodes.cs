using YamlDotNet.RepresentationModel;

namespace CleanBackend.DeploymentTests;

/// <summary>Null-tolerant navigation of YamlDotNet's representation model: a missing step gives null, not an exception.</summary>
public static class YamlNodes
{
    /// <summary>Every non-empty document of <paramref name="yaml"/> (multi-document streams split on ---).</summary>
    public static IReadOnlyList<YamlMappingNode> Documents(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(document => document.RootNode).OfType<YamlMappingNode>().ToList();
    }

    /// <summary>The node at <paramref name="path"/> of mapping keys, or null.</summary>
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The scalar text at <paramref name="path"/>, or null.</summary>
    public static string? Text(this YamlNode? node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IReadOnlyList<YamlNode> Items(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    public static IReadOnlyList<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlMappingNode mapping
            ? mapping.Children.Select(child => new KeyValuePair<string, YamlNode>(((YamlScalarNode)child.Key).Value ?? string.Empty, child.Value)).ToList()
            : [];

    /// <summary>A mapping of scalars (labels, selectors, data) as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Scalars(this YamlNode? node, params string[] path) =>
        node.Entries(path).ToDictionary(entry => entry.Key, entry => (entry.Value as YamlScalarNode)?.Value ?? string.Empty, StringComparer.Ordinal);
}
