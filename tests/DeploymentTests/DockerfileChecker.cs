using System.Text.Json;

namespace CleanBackend.DeploymentTests;

/// <summary>
/// Static checks of the Dockerfile (the image cannot be built here): multi-stage, ASP.NET 10 runtime
/// base, non-root, a health check that works without curl, port 8080, and an entry point that the
/// publish output contains.
/// </summary>
public static class DockerfileChecker
{
    public const string RuntimeImage = "mcr.microsoft.com/dotnet/aspnet:10.0";
    public const int Port = 8080;

    public static IReadOnlyList<string> Check(string dockerfile, string publishFolder)
    {
        var violations = new List<string>();
        var (all, finalStage) = Instructions(dockerfile);

        var stages = all.Count(instruction => instruction.Keyword == "FROM");
        if (stages < 2)
        {
            violations.Add($"not a multi-stage build ({stages} FROM)");
        }

        var from = all.LastOrDefault(instruction => instruction.Keyword == "FROM")?.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        if (from != RuntimeImage)
        {
            violations.Add($"the final stage is FROM {from}, expected {RuntimeImage}");
        }

        var user = finalStage.LastOrDefault(instruction => instruction.Keyword == "USER")?.Arguments.Split(':')[0].Trim();
        if (user is null or "root" or "0")
        {
            violations.Add($"the final stage runs as {user ?? "root (no USER)"}");
        }

        var healthcheck = finalStage.LastOrDefault(instruction => instruction.Keyword == "HEALTHCHECK");
        if (healthcheck is null || healthcheck.Arguments.Trim() == "NONE")
        {
            violations.Add("no HEALTHCHECK in the final stage");
        }
        else if (healthcheck.Arguments.Contains("curl", StringComparison.Ordinal) || healthcheck.Arguments.Contains("wget", StringComparison.Ordinal))
        {
            violations.Add("the HEALTHCHECK uses curl or wget, which the aspnet image does not have");
        }

        if (!finalStage.Any(instruction => instruction.Keyword == "EXPOSE" && instruction.Arguments.Split(' ').Any(port => port.Split('/')[0] == Port.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            violations.Add($"the final stage does not EXPOSE {Port}");
        }

        var entrypoint = finalStage.LastOrDefault(instruction => instruction.Keyword == "ENTRYPOINT");
        var assembly = entrypoint is null ? null : Words(entrypoint.Arguments).FirstOrDefault(word => word.EndsWith(".dll", StringComparison.Ordinal));
        if (assembly is null)
        {
            violations.Add("the ENTRYPOINT names no .dll");
        }
        else if (!File.Exists(Path.Combine(publishFolder, assembly)))
        {
            violations.Add($"the ENTRYPOINT's {assembly} is not in the build output {publishFolder}");
        }

        return violations;
    }

    /// <summary>Every instruction, and those of the final stage (after the last FROM).</summary>
    public static (IReadOnlyList<DockerfileInstruction> All, IReadOnlyList<DockerfileInstruction> FinalStage) Instructions(string dockerfile)
    {
        var instructions = new List<DockerfileInstruction>();
        var pending = string.Empty;
        foreach (var rawLine in dockerfile.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = rawLine.Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var full = (pending + line).Trim();
            pending = string.Empty;
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            instructions.Add(space < 0
                ? new DockerfileInstruction(full.ToUpperInvariant(), string.Empty)
                : new DockerfileInstruction(full[..space].ToUpperInvariant(), full[(space + 1)..].Trim()));
        }

        var lastFrom = instructions.FindLastIndex(instruction => instruction.Keyword == "FROM");
        return (instructions, instructions.Skip(Math.Max(lastFrom, 0)).ToList());
    }

    /// <summary>The words of an exec-form (JSON array) or shell-form instruction.</summary>
    private static IEnumerable<string> Words(string arguments)
    {
        if (arguments.TrimStart().StartsWith('['))
        {
            return JsonSerializer.Deserialize<string[]>(arguments) ?? [];
        }

        return arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
