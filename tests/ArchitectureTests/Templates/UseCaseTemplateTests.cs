using System.Diagnostics;
using CleanBackend.TestSupport;

namespace CleanBackend.ArchitectureTests.Templates;

/// <summary>
/// <c>dotnet new cb-usecase</c> as a contributor uses it: installed from templates/cb-usecase into a private
/// template hive and CLI home (nothing global changes), run at the root of a copy of Domain, Application and
/// their unit tests, whose build and generated tests must then pass. Needs no network: the packages the copy
/// restores are the ones the checkout's own build already put in the NuGet cache.
/// </summary>
public sealed class UseCaseTemplateTests
{
    private static readonly string[] CopiedFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];
    private static readonly string[] CopiedFolders = [Path.Combine("src", "Domain"), Path.Combine("src", "Application"), Path.Combine("tests", "Application.UnitTests")];

    private string _workspace = null!;

    private string Copy => Path.Combine(_workspace, "repo");

    [SetUp]
    public void CreateWorkspace()
    {
        _workspace = Directory.CreateTempSubdirectory("cb-usecase-").FullName;
        foreach (var file in CopiedFiles)
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(Directory.CreateDirectory(Copy).FullName, file));
        }

        foreach (var folder in CopiedFolders)
        {
            CopyFolder(Path.Combine(RepositoryRoot.Path, folder), Path.Combine(Copy, folder));
        }
    }

    [TearDown]
    public void DeleteWorkspace() => Directory.Delete(_workspace, recursive: true);

    [Test]
    public async Task The_template_scaffolds_a_use_case_into_its_feature_folders_that_builds_and_passes_its_tests()
    {
        var hive = Path.Combine(_workspace, "hive");
        await RunAsync(_workspace, "new", "install", Path.Combine(RepositoryRoot.Path, "templates", "cb-usecase"), "--debug:custom-hive", hive);

        await RunAsync(Copy, "new", "cb-usecase", "-n", "ArchiveDraft", "--module", "Publishing", "--feature", "Drafts", "--debug:custom-hive", hive);

        var slice = Path.Combine(Copy, "src", "Application", "Publishing", "Drafts", "Commands", "ArchiveDraft");
        var tests = Path.Combine(Copy, "tests", "Application.UnitTests", "Publishing", "Drafts");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Path.Combine(slice, "ArchiveDraftCommand.cs"), Does.Exist);
            Assert.That(Path.Combine(slice, "ArchiveDraftCommandValidator.cs"), Does.Exist);
            Assert.That(Path.Combine(tests, "Handlers", "ArchiveDraftCommandHandlerTests.cs"), Does.Exist);
            Assert.That(Path.Combine(tests, "Validators", "ArchiveDraftCommandValidatorTests.cs"), Does.Exist);
            Assert.That(
                await File.ReadAllTextAsync(Path.Combine(slice, "ArchiveDraftCommand.cs")),
                Does.Contain("namespace CleanBackend.Application.Publishing.Drafts.Commands.ArchiveDraft;")
                    .And.Contain("public sealed class ArchiveDraftCommandHandler"));
        }

        var project = Path.Combine("tests", "Application.UnitTests");
        await RunAsync(Copy, "build", project, "-c", "Release", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        var testRun = await RunAsync(Copy, "test", project, "-c", "Release", "--no-build", "--filter", "FullyQualifiedName~ArchiveDraft");

        Assert.That(testRun, Does.Contain("Passed:     5"));
    }

    /// <summary>Runs the dotnet CLI with a private home and returns its output; a non-zero exit fails the test with that output.</summary>
    private async Task<string> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_HOME"] = Path.Combine(_workspace, "cli-home");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output + await error;
        Assert.That(process.ExitCode, Is.Zero, $"dotnet {string.Join(' ', arguments)}:{Environment.NewLine}{text}");
        return text;
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar) is ["bin" or "obj", ..])
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
