namespace CleanBackend.WebApi.FunctionalTests.Operations;

/// <summary>The repository the tests run from: found by walking up from the test output to CleanBackend.sln.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CleanBackend.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CleanBackend.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
