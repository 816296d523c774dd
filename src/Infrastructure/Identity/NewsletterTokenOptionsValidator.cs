using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>Stops start-up with a key anyone could forge unsubscribe links with.</summary>
internal sealed class NewsletterTokenOptionsValidator(IHostEnvironment environment) : IValidateOptions<NewsletterTokenOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsletterTokenOptions options)
    {
        var failures = new List<string>();
        if (Encoding.UTF8.GetByteCount(options.UnsubscribeSigningKey) < NewsletterTokenOptions.MinimumKeyBytes)
        {
            failures.Add($"Newsletters:UnsubscribeSigningKey must be at least {NewsletterTokenOptions.MinimumKeyBytes} bytes.");
        }

        if (!environment.IsDevelopment() && options.UnsubscribeSigningKey == NewsletterTokenOptions.DevelopmentSigningKey)
        {
            failures.Add($"Newsletters:UnsubscribeSigningKey is the development key, which is refused in the {environment.EnvironmentName} environment.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
