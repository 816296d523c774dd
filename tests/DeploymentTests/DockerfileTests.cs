namespace CleanBackend.DeploymentTests;

public sealed class DockerfileTests
{
    [Test]
    public void The_Dockerfile_is_multi_stage_non_root_healthchecked_and_starts_the_published_api()
    {
        Assert.That(DockerfileChecker.Check(RepositoryLayout.Read("Dockerfile"), ApiBuildOutput.Folder), Is.Empty);
    }

    [Test]
    public void The_entry_assembly_is_in_the_build_output()
    {
        // What the publish output holds too: the test project references the API, so its output is the API's.
        Assert.That(Path.Combine(ApiBuildOutput.Folder, ApiBuildOutput.EntryAssembly), Does.Exist);
    }

    [Test]
    public void A_deliberately_broken_Dockerfile_is_reported()
    {
        const string broken = """
            FROM mcr.microsoft.com/dotnet/sdk:10.0
            WORKDIR /app
            COPY . .
            USER root
            EXPOSE 80
            ENTRYPOINT ["dotnet", "Missing.Api.dll"]
            """;

        var violations = DockerfileChecker.Check(broken, ApiBuildOutput.Folder);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(violations, Has.Some.Contains("not a multi-stage build"));
            Assert.That(violations, Has.Some.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0, expected mcr.microsoft.com/dotnet/aspnet:10.0"));
            Assert.That(violations, Has.Some.Contains("runs as root"));
            Assert.That(violations, Has.Some.Contains("no HEALTHCHECK"));
            Assert.That(violations, Has.Some.Contains("does not EXPOSE 8080"));
            Assert.That(violations, Has.Some.Contains("Missing.Api.dll is not in the build output"));
        }
    }

    [Test]
    public void A_healthcheck_with_curl_is_reported_because_the_runtime_image_has_none()
    {
        const string dockerfile = """
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            RUN dotnet publish -o /app
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            COPY --from=build /app ./
            EXPOSE 8080
            HEALTHCHECK --interval=10s \
                CMD curl -f http://localhost:8080/health/live
            USER app
            ENTRYPOINT ["dotnet", "CleanBackend.WebApi.dll"]
            """;

        Assert.That(DockerfileChecker.Check(dockerfile, ApiBuildOutput.Folder), Is.EqualTo(new[] { "the HEALTHCHECK uses curl or wget, which the aspnet image does not have" }));
    }
}
