namespace CleanBackend.DeploymentTests;

public sealed class DockerComposeTests
{
    private static string Compose => RepositoryLayout.Read("docker-compose.yml");

    private static string Appsettings => RepositoryLayout.Read("src", "WebApi", "appsettings.json");

    private static IReadOnlyList<int> ExposedPorts => DockerComposeChecker.ExposedPorts(RepositoryLayout.Read("Dockerfile"));

    [Test]
    public void The_compose_file_is_consistent_with_the_api_and_the_Dockerfile()
    {
        Assert.That(ExposedPorts, Is.EqualTo(new[] { 8080 }), "arrangement: the Dockerfile's EXPOSE");
        Assert.That(DockerComposeChecker.Check(Compose, Appsettings, ExposedPorts), Is.Empty);
    }

    [Test]
    public void A_deliberately_broken_compose_file_is_reported()
    {
        const string broken = """
            services:
              postgres:
                image: postgres:15
              redis:
                image: redis:7
              migrate:
                image: cleanbackend-api:local
                command: ["seed"]
              api:
                image: cleanbackend-api:local
                environment:
                  ASPNETCORE_URLS: http://+:5000
                  Jwt__SigingKey: typo-in-the-name
                  ConnectionStrings__Postgres: Host=postgres
                ports:
                  - "5000:5000"
                depends_on:
                  postgres:
                    condition: service_healthy
                  cache:
                    condition: service_started
                  redis:
                    condition: service_ready
            """;

        var violations = DockerComposeChecker.Check(broken, Appsettings, [8080]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(violations, Has.Some.Contains("service 'smtp' is missing"));
            Assert.That(violations, Has.Some.Contains("depends_on 'cache', which is not a service"));
            Assert.That(violations, Has.Some.Contains("unknown condition 'service_ready'"));
            Assert.That(violations, Has.Some.Contains("postgres has no healthcheck"));
            Assert.That(violations, Has.Some.Contains("Jwt__SigingKey maps to Jwt:SigingKey"));
            Assert.That(violations, Has.None.Contains("ConnectionStrings__Postgres"), "an existing setting is accepted");
            Assert.That(violations, Has.Some.Contains("container port 5000 is not EXPOSEd"));
            Assert.That(violations, Has.Some.Contains("ASPNETCORE_URLS http://+:5000"));
            Assert.That(violations, Has.Some.Contains("migrate: command is not [migrate]"));
            Assert.That(violations, Has.Some.Contains("Smtp__Host (unset) is not a service"));
        }
    }
}
