using System.Text.RegularExpressions;

namespace CleanBackend.DeploymentTests;

/// <summary>deploy/k8s parsed and checked; then broken copies, to show each rule really fails.</summary>
public sealed class KubernetesManifestTests
{
    private static IReadOnlyList<ManifestFile> Manifests => ManifestFile.InFolder(RepositoryLayout.PathOf("deploy", "k8s"));

    [Test]
    public void The_manifests_in_deploy_k8s_satisfy_every_invariant()
    {
        Assert.That(Manifests.Select(file => file.Name), Is.SupersetOf(new[] { "deployment.yaml", "service.yaml", "hpa.yaml", "pdb.yaml", "configmap.yaml", "secret.template.yaml", "migration-job.yaml" }));
        Assert.That(KubernetesManifestChecker.Check(Manifests), Is.Empty);
    }

    [Test]
    public void A_deliberately_broken_manifest_is_reported()
    {
        const string broken = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              replicas: 3
              strategy:
                type: RollingUpdate
              selector:
                matchLabels:
                  app: api
              template:
                metadata:
                  labels:
                    app: api
                spec:
                  securityContext:
                    runAsNonRoot: true
                  containers:
                    - name: api
                      image: example/api:latest
                      ports:
                        - containerPort: 8080
                      startupProbe:
                        httpGet: { path: /health/live, port: 8080 }
                      livenessProbe:
                        httpGet: { path: /health/live, port: 8080 }
                      resources:
                        requests: { memory: 256Mi, cpu: 250m }
                        limits: { memory: 512Mi, cpu: 500m }
                      securityContext:
                        readOnlyRootFilesystem: true
            """;

        var violations = KubernetesManifestChecker.Check([new ManifestFile("broken.yaml", broken)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(violations, Has.Some.Contains("image 'example/api:latest' has no explicit tag"));
            Assert.That(violations, Has.Some.Contains("no readinessProbe"));
            Assert.That(violations, Has.Some.Contains("no HorizontalPodAutoscaler"));
            Assert.That(violations, Has.Some.Contains("no PodDisruptionBudget"));
            Assert.That(violations, Has.Some.Contains("no migration Job"));
        }
    }

    [TestCase("deployment.yaml", "image: ghcr.io/cleanbackend/api:1.0.0", "image: ghcr.io/cleanbackend/api:latest", "has no explicit tag", TestName = "An image tagged latest is reported")]
    [TestCase("deployment.yaml", "image: ghcr.io/cleanbackend/api:1.0.0", "image: ghcr.io/cleanbackend/api", "has no explicit tag", TestName = "An image without a tag is reported")]
    [TestCase("deployment.yaml", "replicas: 3", "replicas: 1", "replicas is 1", TestName = "One replica is reported")]
    [TestCase("deployment.yaml", "type: RollingUpdate", "type: Recreate", "strategy is Recreate", TestName = "A Recreate strategy is reported")]
    [TestCase("deployment.yaml", "path: /health/ready", "path: /health/live", "readinessProbe path is /health/live", TestName = "Readiness on the liveness endpoint is reported")]
    [TestCase("deployment.yaml", "memory: 512Mi", "memory: 2Gi", "limits/memory is 2Gi", TestName = "A different memory limit is reported")]
    [TestCase("deployment.yaml", "cpu: 250m", "cpu: 100m", "requests/cpu is 100m", TestName = "A different CPU request is reported")]
    [TestCase("deployment.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", "readOnlyRootFilesystem is not true", TestName = "A writable root filesystem is reported")]
    [TestCase("deployment.yaml", "runAsNonRoot: true", "runAsNonRoot: false", "runAsNonRoot is not true", TestName = "Running as root is reported")]
    [TestCase("deployment.yaml", "name: cleanbackend-secrets", "name: cleanbackend-secret", "secretRef 'cleanbackend-secret' is not defined", TestName = "A secretRef to an undefined Secret is reported")]
    [TestCase("service.yaml", "app.kubernetes.io/name: cleanbackend-api\n  ports", "app.kubernetes.io/name: cleanbackend-web\n  ports", "does not match the Deployment's pod labels", TestName = "A Service selecting other pods is reported")]
    [TestCase("hpa.yaml", "name: cpu", "name: memory", "does not scale on CPU", TestName = "An autoscaler not on CPU is reported")]
    [TestCase("hpa.yaml", "    name: cleanbackend-api\n  minReplicas", "    name: cleanbackend-web\n  minReplicas", "scaleTargetRef Deployment/cleanbackend-web", TestName = "An autoscaler aimed at another Deployment is reported")]
    [TestCase("migration-job.yaml", "args: [\"migrate\"]", "args: [\"seed\"]", "expected [migrate]", TestName = "A Job that does not migrate is reported")]
    [TestCase("migration-job.yaml", "image: ghcr.io/cleanbackend/api:1.0.0", "image: ghcr.io/cleanbackend/api:0.9.0", "is not the Deployment's image", TestName = "A Job on another image is reported")]
    [TestCase("secret.template.yaml", "\"<at-least-32-random-bytes>\"", "\"a-real-looking-signing-key-of-32-bytes\"", "Jwt__SigningKey holds a value that is not a <placeholder>", TestName = "A real-looking key in the Secret template is reported")]
    [TestCase("secret.template.yaml", "Password=<set-me>", "Password=hunter2", "holds a password that is not a <placeholder>", TestName = "A real password inside a connection string is reported")]
    public void A_broken_copy_of_the_manifests_is_reported(string file, string original, string replacement, string expectedViolation)
    {
        var manifests = Manifests.Select(manifest => manifest.Name == file ? Broken(manifest, original, replacement) : manifest).ToList();

        Assert.That(KubernetesManifestChecker.Check(manifests), Has.Some.Contains(expectedViolation));
    }

    [Test]
    public void Removing_the_readiness_probe_is_reported()
    {
        var manifests = Manifests.Select(manifest => manifest.Name != "deployment.yaml" ? manifest : manifest with
        {
            Yaml = Regex.Replace(manifest.Yaml, @"\n +readinessProbe:\n(?: {12,}.*\n)+", "\n", RegexOptions.None, TimeSpan.FromSeconds(1)),
        }).ToList();

        Assert.That(manifests.Single(manifest => manifest.Name == "deployment.yaml").Yaml, Does.Not.Contain("readinessProbe"), "arrangement");
        Assert.That(KubernetesManifestChecker.Check(manifests), Has.Some.Contains("no readinessProbe"));
    }

    [TestCase("ghcr.io/cleanbackend/api:1.0.0", true)]
    [TestCase("registry.local:5000/api:2.3", true, Description = "a registry port is not a tag")]
    [TestCase("ghcr.io/cleanbackend/api@sha256:0123456789abcdef", true, Description = "pinned by digest")]
    [TestCase("registry.local:5000/api", false)]
    [TestCase("api:latest", false)]
    [TestCase("api:", false)]
    [TestCase("", false)]
    public void Explicit_tags_are_recognised(string image, bool expected)
    {
        Assert.That(KubernetesManifestChecker.HasExplicitTag(image), Is.EqualTo(expected));
    }

    private static ManifestFile Broken(ManifestFile manifest, string original, string replacement)
    {
        Assert.That(manifest.Yaml, Does.Contain(original), $"arrangement: {manifest.Name} should contain the text to break");
        return manifest with { Yaml = manifest.Yaml.Replace(original, replacement, StringComparison.Ordinal) };
    }
}
