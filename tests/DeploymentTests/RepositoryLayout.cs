using CleanBackend.TestSupport;

namespace CleanBackend.DeploymentTests;

/// <summary>Files of the checkout the tests run from (<see cref="RepositoryRoot"/>).</summary>
public static class RepositoryLayout
{
    public static string PathOf(params string[] parts) => Path.Combine([RepositoryRoot.Path, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));
}
