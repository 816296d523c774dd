using CleanBackend.Application.Notifications.Newsletters;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Identity;

/// <summary>Stops start-up with a key anyone could forge unsubscribe links with.</summary>
internal sealed class UnsubscribeSigningKeyValidator(IHostEnvironment environment) : IValidateOptions<NewsletterOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsletterOptions options)
    {
        var failures = SigningKeyRule.Failures(
            "Newsletters:UnsubscribeSigningKey", options.UnsubscribeSigningKey, NewsletterOptions.DevelopmentUnsubscribeSigningKey, environment).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
