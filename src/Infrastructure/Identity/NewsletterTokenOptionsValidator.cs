using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>Stops start-up with a key anyone could forge unsubscribe links with.</summary>
internal sealed class NewsletterTokenOptionsValidator(IHostEnvironment environment) : IValidateOptions<NewsletterTokenOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsletterTokenOptions options)
    {
        var failures = SigningKeyRule.Failures(
            "Newsletters:UnsubscribeSigningKey", options.UnsubscribeSigningKey, NewsletterTokenOptions.DevelopmentSigningKey, environment).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
