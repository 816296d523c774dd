using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CleanBackend.DeploymentTests;

/// <summary>
/// Static checks of docker-compose.yml (no Docker engine runs here): the services exist, their
/// dependencies resolve, every API setting passed as an environment variable is one the API has, and
/// the API's container port is the one the image exposes.
/// </summary>
public static partial class DockerComposeChecker
{
    public static readonly string[] RequiredServices = ["api", "postgres", "redis", "smtp", "migrate"];

    private static readonly string[] DependencyConditions = ["service_started", "service_healthy", "service_completed_successfully"];

    /// <summary>Variables read by the runtime, ASP.NET Core or OpenTelemetry rather than from appsettings.json.</summary>
    private static readonly string[] PlatformPrefixes = ["ASPNETCORE_", "DOTNET_", "OTEL_"];

    public static IReadOnlyList<string> Check(string composeYaml, string appsettingsJson, IReadOnlyCollection<int> exposedPorts)
    {
        var violations = new List<string>();
        var compose = YamlNodes.Documents(composeYaml).SingleOrDefault();
        var services = compose.Entries("services").ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);

        foreach (var required in RequiredServices.Where(required => !services.ContainsKey(required)))
        {
            violations.Add($"service '{required}' is missing");
        }

        foreach (var (name, service) in services)
        {
            foreach (var (target, condition) in Dependencies(service))
            {
                if (!services.TryGetValue(target, out var dependency))
                {
                    violations.Add($"{name}: depends_on '{target}', which is not a service");
                    continue;
                }

                if (condition is not null && !DependencyConditions.Contains(condition))
                {
                    violations.Add($"{name}: depends_on {target} with unknown condition '{condition}'");
                }

                if (condition == "service_healthy" && dependency.At("healthcheck") is null)
                {
                    violations.Add($"{name}: waits for {target} to be healthy, but {target} has no healthcheck");
                }
            }
        }

        if (services.TryGetValue("api", out var api))
        {
            CheckApi(api, appsettingsJson, exposedPorts, violations);

            // Mail must go to the compose file's own sink (its web UI is how developers see it), not to localhost.
            var smtpHost = Environment(api).FirstOrDefault(variable => variable.Key == "Smtp__Host").Value;
            if (smtpHost is null || !services.ContainsKey(smtpHost))
            {
                violations.Add($"api: Smtp__Host {smtpHost ?? "(unset)"} is not a service of this file");
            }
            if (services.TryGetValue("migrate", out var migrate))
            {
                if (migrate.Items("command").Select(item => (item as YamlScalarNode)?.Value).SingleOrDefault() != "migrate")
                {
                    violations.Add("migrate: command is not [migrate]");
                }

                if (migrate.Text("image") != api.Text("image"))
                {
                    violations.Add($"migrate: image {migrate.Text("image")} is not the api's image {api.Text("image")}");
                }
            }
        }

        return violations;
    }

    /// <summary>The container ports of the Dockerfile's final stage EXPOSE lines.</summary>
    public static IReadOnlyList<int> ExposedPorts(string dockerfile) =>
        DockerfileChecker.Instructions(dockerfile).FinalStage
            .Where(instruction => instruction.Keyword == "EXPOSE")
            .SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(port => int.Parse(port.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private static void CheckApi(YamlNode api, string appsettingsJson, IReadOnlyCollection<int> exposedPorts, List<string> violations)
    {
        using var appsettings = JsonDocument.Parse(appsettingsJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        foreach (var (key, value) in Environment(api))
        {
            if (PlatformPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            var path = key.Split("__");
            if (!HasPath(appsettings.RootElement, path))
            {
                violations.Add($"api: environment {key} maps to {string.Join(':', path)}, which appsettings.json does not have");
            }
        }

        var containerPorts = api.Items("ports").Select(port => ContainerPort((port as YamlScalarNode)?.Value ?? port.Text("target"))).ToList();
        if (containerPorts.Count == 0)
        {
            violations.Add("api: publishes no port");
        }

        foreach (var port in containerPorts.Where(port => port is null || !exposedPorts.Contains(port.Value)))
        {
            violations.Add($"api: container port {port} is not EXPOSEd by the Dockerfile ({string.Join(", ", exposedPorts)})");
        }

        var urls = Environment(api).FirstOrDefault(variable => variable.Key == "ASPNETCORE_URLS").Value;
        var listening = urls is null ? null : UrlPort().Match(urls);
        if (listening is { Success: true } && !exposedPorts.Contains(int.Parse(listening.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
        {
            violations.Add($"api: ASPNETCORE_URLS {urls} listens on a port the Dockerfile does not EXPOSE");
        }
    }

    /// <summary>"8080", "8080:8080", "127.0.0.1:8080-8081:8080/tcp" → 8080 (the part after the last colon).</summary>
    private static int? ContainerPort(string? mapping)
    {
        if (mapping is null)
        {
            return null;
        }

        var container = mapping[(mapping.LastIndexOf(':') + 1)..].Split('/')[0];
        return int.TryParse(container, out var port) ? port : null;
    }

    private static IEnumerable<(string Target, string? Condition)> Dependencies(YamlNode service) =>
        service.At("depends_on") switch
        {
            YamlSequenceNode list => list.Children.Select(item => (((YamlScalarNode)item).Value ?? string.Empty, (string?)null)),
            YamlMappingNode map => map.Children.Select(entry => (((YamlScalarNode)entry.Key).Value ?? string.Empty, entry.Value.Text("condition"))),
            _ => [],
        };

    private static IEnumerable<KeyValuePair<string, string?>> Environment(YamlNode service) =>
        service.At("environment") switch
        {
            YamlMappingNode map => map.Children.Select(entry => KeyValuePair.Create(((YamlScalarNode)entry.Key).Value ?? string.Empty, (entry.Value as YamlScalarNode)?.Value)),
            YamlSequenceNode list => list.Children.Select(item => ((YamlScalarNode)item).Value ?? string.Empty)
                .Select(item => KeyValuePair.Create(item.Split('=')[0], item.Contains('=', StringComparison.Ordinal) ? item[(item.IndexOf('=', StringComparison.Ordinal) + 1)..] : null)),
            _ => [],
        };

    /// <summary>Configuration keys are case-insensitive, so the path is matched ignoring case.</summary>
    private static bool HasPath(JsonElement element, string[] path)
    {
        foreach (var segment in path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var next = element.EnumerateObject().Where(property => string.Equals(property.Name, segment, StringComparison.OrdinalIgnoreCase)).ToList();
            if (next.Count == 0)
            {
                return false;
            }

            element = next[0].Value;
        }

        return true;
    }

    [GeneratedRegex(@":(\d+)(?:/|;|$)")]
    private static partial Regex UrlPort();
}
