namespace CleanBackend.DeploymentTests;

/// <summary>One YAML file of deploy/k8s: its name (for messages) and its text.</summary>
public sealed record ManifestFile(string Name, string Yaml)
{
    public static IReadOnlyList<ManifestFile> InFolder(string folder) =>
        Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.yml"))
            .Order(StringComparer.Ordinal)
            .Select(path => new ManifestFile(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
}
