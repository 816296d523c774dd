using System.Globalization;
using CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;
using CleanBackend.Application.Identity.Users.Commands.SeedDemoUsers;
using CleanBackend.Infrastructure.Persistence;
using MediatR;

namespace CleanBackend.WebApi.Hosting;

/// <summary>
/// One-shot operations run from the same binary as the API (<c>dotnet CleanBackend.WebApi.dll migrate|seed</c>),
/// so a migration job or container uses exactly the code it deploys.
/// </summary>
public static class CommandLine
{
    public const string Migrate = "migrate";
    public const string Seed = "seed";
    public const string HealthCheck = "healthcheck";

    public static bool IsCommand(string[] args) => args is [Migrate or Seed, ..];

    /// <summary>
    /// For container health checks in images without curl: exits 0 when the local API answers
    /// /health/live. Needs no configuration, so it runs before the host is built.
    /// </summary>
    public static async Task<int> ProbeLivenessAsync(string[] args)
    {
        var baseAddress = args.Length > 1 ? args[1] : "http://127.0.0.1:8080";
        using var client = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync("/health/live");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{baseAddress}/health/live did not answer: {exception.Message}");
            return 1;
        }
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CommandLine));
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            switch (args[0])
            {
                case Migrate:
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                    break;
                case Seed:
                    await SeedAsync(scope.ServiceProvider, app.Configuration, logger);
                    if (DemoUserCount(args) is { } count)
                    {
                        await SeedDemoUsersAsync(scope.ServiceProvider, app.Configuration, count, logger);
                    }

                    break;
            }

            return 0;
        }
        catch (Exception exception)
        {
            logger.LogCritical(exception, "The {Command} command failed", args[0]);
            return 1;
        }
    }

    /// <summary>The N of <c>seed --users N</c>, or null without the option; a value that is no number is refused.</summary>
    public static int? DemoUserCount(string[] args)
    {
        var index = Array.IndexOf(args, "--users");
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new ArgumentException("--users needs the number of demo users, e.g. seed --users 1000");
    }

    private static async Task SeedDemoUsersAsync(IServiceProvider services, IConfiguration configuration, int count, ILogger logger)
    {
        var created = await services.GetRequiredService<IMediator>().Send(new SeedDemoUsersCommand
        {
            Count = count,
            Password = configuration["Seed:DemoUsers:Password"],
        });
        logger.LogInformation("{Created} demo user(s) created; demo1 … demo{Count} exist", created, count);
    }

    private static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var administrator = configuration.GetSection("Seed:Administrator");
        var result = await services.GetRequiredService<IMediator>().Send(new SeedAdministratorCommand
        {
            Username = administrator["Username"],
            Email = administrator["Email"],
            Password = administrator["Password"],
        });
        logger.LogInformation(
            result.Created ? "Administrator {Email} created" : "Administrator {Email} already existed; roles ensured",
            administrator["Email"]);
    }
}
