namespace CleanBackend.TestSupport;

/// <summary>The checkout the tests run from: found by walking up from the test output to CleanBackend.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CleanBackend.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CleanBackend.sln above {AppContext.BaseDirectory}.");
    }
}
