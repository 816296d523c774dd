using CleanBackend.Application.Identity.Users.Commands.SeedAdministrator;
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

    public static bool IsCommand(string[] args) => args is [Migrate or Seed, ..];

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
