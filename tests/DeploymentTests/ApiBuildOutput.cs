namespace CleanBackend.DeploymentTests;

/// <summary>The API as the build leaves it: this project references it, so its output holds what <c>dotnet publish</c> would.</summary>
public static class ApiBuildOutput
{
    public const string EntryAssembly = "CleanBackend.WebApi.dll";

    public static string Folder => AppContext.BaseDirectory;
}
