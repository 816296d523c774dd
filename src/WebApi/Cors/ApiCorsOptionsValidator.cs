using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.Cors;

/// <summary>Stops start-up with an origin list a browser could never match, or a wildcard that would carry credentials.</summary>
public sealed class ApiCorsOptionsValidator : IValidateOptions<ApiCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiCorsOptions options)
    {
        var failures = options.AllowedOrigins
            .Where(origin => origin != ApiCorsOptions.AnyOrigin && BrowserOrigin.Normalize(origin) is null)
            .Select(origin => $"Cors:AllowedOrigins entry '{origin}' is not an origin: use scheme://host[:port] without a path, or '*'.")
            .ToList();

        if (options.AllowsAnyOrigin && options.AllowCredentials)
        {
            failures.Add("Cors:AllowCredentials cannot be combined with the '*' origin: list the origins instead.");
        }

        if (options.PreflightMaxAge < TimeSpan.Zero)
        {
            failures.Add("Cors:PreflightMaxAge cannot be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
