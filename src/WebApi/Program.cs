using CleanBackend.Application;
using CleanBackend.Infrastructure.Modules;
using CleanBackend.WebApi;
using CleanBackend.WebApi.Hosting;
using CleanBackend.WebApi.Logging;

if (args is [CommandLine.HealthCheck, ..])
{
    return await CommandLine.ProbeLivenessAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSerilogLogging();
builder.Services
    .AddApplication()
    .AddPlatformAndModules(builder.Configuration)
    .AddWebApi(builder.Configuration);

var app = builder.Build();
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

await ApiPipeline.PrepareAsync(app);
app.UseApiPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
