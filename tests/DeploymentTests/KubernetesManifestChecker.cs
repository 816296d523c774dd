using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CleanBackend.DeploymentTests;

/// <summary>
/// The deployment invariants of issue 6, checked on parsed manifests. Returns one message per violation
/// (empty when the manifests are fine), so a test can show every problem at once and can also prove,
/// on broken manifests, that each rule catches what it is meant to.
/// </summary>
public static partial class KubernetesManifestChecker
{
    public const int Replicas = 3;
    public const string LivenessPath = "/health/live";
    public const string ReadinessPath = "/health/ready";

    private static readonly (string Path, string Expected)[] Resources =
    [
        ("requests/memory", "256Mi"),
        ("requests/cpu", "250m"),
        ("limits/memory", "512Mi"),
        ("limits/cpu", "500m"),
    ];

    public static IReadOnlyList<string> Check(IEnumerable<ManifestFile> files)
    {
        var violations = new List<string>();
        var resources = new List<Resource>();
        foreach (var file in files)
        {
            try
            {
                resources.AddRange(YamlNodes.Documents(file.Yaml).Select(document =>
                    new Resource(file.Name, document.Text("kind") ?? "?", document.Text("metadata", "name") ?? "?", document)));
            }
            catch (YamlDotNet.Core.YamlException exception)
            {
                violations.Add($"{file.Name}: not valid YAML ({exception.Message})");
            }
        }

        var deployments = resources.Where(resource => resource.Kind == "Deployment").ToList();
        if (deployments.Count != 1)
        {
            violations.Add($"expected exactly one Deployment, found {deployments.Count}");
            return violations;
        }

        var deployment = deployments[0];
        CheckDeployment(deployment, violations);
        var podLabels = deployment.Node.Scalars("spec", "template", "metadata", "labels");
        var image = deployment.Node.Items("spec", "template", "spec", "containers").FirstOrDefault().Text("image");

        foreach (var service in resources.Where(resource => resource.Kind == "Service"))
        {
            CheckSelects(service, service.Node.Scalars("spec", "selector"), podLabels, violations);
            foreach (var port in service.Node.Items("spec", "ports"))
            {
                if (!ContainerPorts(deployment).ContainsKey(port.Text("targetPort") ?? port.Text("port") ?? string.Empty))
                {
                    violations.Add($"{service}: targetPort {port.Text("targetPort")} is not a port of the Deployment's container");
                }
            }
        }

        var autoscalers = resources.Where(resource => resource.Kind == "HorizontalPodAutoscaler").ToList();
        if (autoscalers.Count == 0)
        {
            violations.Add("no HorizontalPodAutoscaler");
        }

        foreach (var autoscaler in autoscalers)
        {
            var target = autoscaler.Node.At("spec", "scaleTargetRef");
            if (target.Text("kind") != "Deployment" || target.Text("name") != deployment.Name)
            {
                violations.Add($"{autoscaler}: scaleTargetRef {target.Text("kind")}/{target.Text("name")} is not {deployment}");
            }

            if (!autoscaler.Node.Items("spec", "metrics").Any(metric => metric.Text("type") == "Resource" && metric.Text("resource", "name") == "cpu"))
            {
                violations.Add($"{autoscaler}: does not scale on CPU");
            }
        }

        var budgets = resources.Where(resource => resource.Kind == "PodDisruptionBudget").ToList();
        if (budgets.Count == 0)
        {
            violations.Add("no PodDisruptionBudget");
        }

        foreach (var budget in budgets)
        {
            CheckSelects(budget, budget.Node.Scalars("spec", "selector", "matchLabels"), podLabels, violations);
        }

        var jobs = resources.Where(resource => resource.Kind == "Job").ToList();
        if (jobs.Count == 0)
        {
            violations.Add("no migration Job");
        }

        foreach (var job in jobs)
        {
            CheckJob(job, image, violations);
        }

        CheckReferences(resources, violations);
        foreach (var secret in resources.Where(resource => resource.Kind == "Secret"))
        {
            CheckSecretHoldsPlaceholdersOnly(secret, violations);
        }

        return violations;
    }

    /// <summary>Whether <paramref name="image"/> names an explicit tag other than latest (or is pinned by digest).</summary>
    public static bool HasExplicitTag(string? image)
    {
        if (string.IsNullOrWhiteSpace(image))
        {
            return false;
        }

        if (image.Contains('@', StringComparison.Ordinal))
        {
            return true;
        }

        var lastSegment = image[(image.LastIndexOf('/') + 1)..];
        var colon = lastSegment.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < lastSegment.Length - 1 && lastSegment[(colon + 1)..] != "latest";
    }

    private static void CheckDeployment(Resource deployment, List<string> violations)
    {
        var spec = deployment.Node.At("spec");
        if (spec.Text("replicas") != Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            violations.Add($"{deployment}: replicas is {spec.Text("replicas") ?? "unset"}, expected {Replicas}");
        }

        if (spec.Text("strategy", "type") != "RollingUpdate")
        {
            violations.Add($"{deployment}: strategy is {spec.Text("strategy", "type") ?? "unset"}, expected RollingUpdate");
        }

        var podLabels = spec.Scalars("template", "metadata", "labels");
        CheckSelects(deployment, spec.Scalars("selector", "matchLabels"), podLabels, violations);

        var containers = spec.Items("template", "spec", "containers");
        if (containers.Count == 0)
        {
            violations.Add($"{deployment}: no containers");
        }

        var ports = ContainerPorts(deployment);
        foreach (var container in containers)
        {
            var name = $"{deployment} container {container.Text("name")}";
            CheckImage(name, container.Text("image"), violations);
            CheckProbe(name, container, "startupProbe", LivenessPath, ports, violations);
            CheckProbe(name, container, "livenessProbe", LivenessPath, ports, violations);
            CheckProbe(name, container, "readinessProbe", ReadinessPath, ports, violations);

            foreach (var (path, expected) in Resources)
            {
                var actual = container.Text(["resources", .. path.Split('/')]);
                if (actual != expected)
                {
                    violations.Add($"{name}: resources {path} is {actual ?? "unset"}, expected {expected}");
                }
            }

            if (container.Text("securityContext", "readOnlyRootFilesystem") != "true")
            {
                violations.Add($"{name}: securityContext.readOnlyRootFilesystem is not true");
            }

            if (!RunsAsNonRoot(spec.At("template", "spec"), container))
            {
                violations.Add($"{name}: runAsNonRoot is not true (pod or container securityContext)");
            }
        }
    }

    private static void CheckProbe(string container, YamlNode node, string probe, string path, IReadOnlyDictionary<string, string> ports, List<string> violations)
    {
        var httpGet = node.At(probe, "httpGet");
        if (httpGet is null)
        {
            violations.Add($"{container}: no {probe} (httpGet)");
            return;
        }

        if (httpGet.Text("path") != path)
        {
            violations.Add($"{container}: {probe} path is {httpGet.Text("path") ?? "unset"}, expected {path}");
        }

        if (!ports.ContainsKey(httpGet.Text("port") ?? string.Empty))
        {
            violations.Add($"{container}: {probe} port {httpGet.Text("port") ?? "unset"} is not a container port");
        }
    }

    private static void CheckJob(Resource job, string? deploymentImage, List<string> violations)
    {
        var podSpec = job.Node.At("spec", "template", "spec");
        var containers = podSpec.Items("containers");
        if (containers.Count == 0)
        {
            violations.Add($"{job}: no containers");
        }

        foreach (var container in containers)
        {
            var image = container.Text("image");
            CheckImage($"{job}", image, violations);
            if (image != deploymentImage)
            {
                violations.Add($"{job}: image {image} is not the Deployment's image {deploymentImage}");
            }

            var args = container.Items("args").Select(arg => (arg as YamlScalarNode)?.Value).ToList();
            if (args is not ["migrate"])
            {
                violations.Add($"{job}: args are [{string.Join(", ", args)}], expected [migrate]");
            }

            if (!RunsAsNonRoot(podSpec, container))
            {
                violations.Add($"{job}: runAsNonRoot is not true");
            }
        }
    }

    private static void CheckImage(string owner, string? image, List<string> violations)
    {
        if (!HasExplicitTag(image))
        {
            violations.Add($"{owner}: image '{image}' has no explicit tag other than latest");
        }
    }

    private static void CheckSelects(Resource owner, IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> podLabels, List<string> violations)
    {
        if (selector.Count == 0)
        {
            violations.Add($"{owner}: empty selector");
            return;
        }

        foreach (var (key, value) in selector)
        {
            if (!podLabels.TryGetValue(key, out var label) || label != value)
            {
                violations.Add($"{owner}: selector {key}={value} does not match the Deployment's pod labels");
            }
        }
    }

    /// <summary>Every configMapRef / secretRef / configMapKeyRef / secretKeyRef must name a ConfigMap or Secret of the folder.</summary>
    private static void CheckReferences(List<Resource> resources, List<string> violations)
    {
        var configMaps = resources.Where(resource => resource.Kind == "ConfigMap").Select(resource => resource.Name).ToHashSet();
        var secrets = resources.Where(resource => resource.Kind == "Secret").Select(resource => resource.Name).ToHashSet();
        foreach (var workload in resources.Where(resource => resource.Kind is "Deployment" or "Job"))
        {
            foreach (var container in workload.Node.Items("spec", "template", "spec", "containers"))
            {
                foreach (var source in container.Items("envFrom"))
                {
                    CheckReference(workload, "configMapRef", source.Text("configMapRef", "name"), configMaps, violations);
                    CheckReference(workload, "secretRef", source.Text("secretRef", "name"), secrets, violations);
                }

                foreach (var variable in container.Items("env"))
                {
                    CheckReference(workload, "configMapKeyRef", variable.Text("valueFrom", "configMapKeyRef", "name"), configMaps, violations);
                    CheckReference(workload, "secretKeyRef", variable.Text("valueFrom", "secretKeyRef", "name"), secrets, violations);
                }
            }
        }
    }

    private static void CheckReference(Resource workload, string kind, string? name, HashSet<string> defined, List<string> violations)
    {
        if (name is not null && !defined.Contains(name))
        {
            violations.Add($"{workload}: {kind} '{name}' is not defined in the folder");
        }
    }

    private static void CheckSecretHoldsPlaceholdersOnly(Resource secret, List<string> violations)
    {
        var values = secret.Node.Scalars("stringData")
            .Concat(secret.Node.Scalars("data").Select(entry => KeyValuePair.Create(entry.Key, Decode(entry.Value))));
        foreach (var (key, value) in values)
        {
            var password = PasswordPart().Match(value);
            if (password.Success && !Placeholder().IsMatch(password.Groups["value"].Value))
            {
                violations.Add($"{secret}: {key} holds a password that is not a <placeholder>");
            }
            else if (SecretLookingKey().IsMatch(key) && !Placeholder().IsMatch(value))
            {
                violations.Add($"{secret}: {key} holds a value that is not a <placeholder>");
            }
        }
    }

    private static string Decode(string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return base64;
        }
    }

    private static bool RunsAsNonRoot(YamlNode? podSpec, YamlNode container) =>
        (container.Text("securityContext", "runAsNonRoot") ?? podSpec.Text("securityContext", "runAsNonRoot")) == "true";

    private static IReadOnlyDictionary<string, string> ContainerPorts(Resource deployment)
    {
        // A probe or Service may name a port by number or by name; both resolve to the number.
        var ports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var port in deployment.Node.Items("spec", "template", "spec", "containers").SelectMany(container => container.Items("ports")))
        {
            var number = port.Text("containerPort");
            if (number is null)
            {
                continue;
            }

            ports[number] = number;
            if (port.Text("name") is { } name)
            {
                ports[name] = number;
            }
        }

        return ports;
    }

    [GeneratedRegex("<[^<>]+>")]
    private static partial Regex Placeholder();

    [GeneratedRegex("(?:password|pwd)=(?<value>[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordPart();

    [GeneratedRegex("password|secret|token|key|pwd|credential", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLookingKey();

    private sealed record Resource(string File, string Kind, string Name, YamlMappingNode Node)
    {
        public override string ToString() => $"{File}: {Kind}/{Name}";
    }
}
