using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanBackend.Infrastructure.Observability;

/// <summary>
/// Stops a Production start that would publish /metrics to anyone: refusing is safer than quietly switching
/// metrics off, which an operator would only notice when the dashboards go blank.
/// </summary>
internal sealed class MetricsOptionsValidator(IHostEnvironment environment) : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options) =>
        environment.IsProduction() && options.Enabled && string.IsNullOrEmpty(options.Token) && options.Port is null
            ? ValidateOptionsResult.Fail(
                "Metrics are enabled without Metrics:Token or Metrics:Port, which would let anyone scrape /metrics in Production: "
                + "set a token (scrapes send 'Authorization: Bearer <token>'), serve it on a separate port, or set Metrics:Enabled=false.")
            : ValidateOptionsResult.Success;
}
