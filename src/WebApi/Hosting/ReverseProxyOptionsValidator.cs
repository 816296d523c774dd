using System.Net;
using Microsoft.Extensions.Options;

namespace CleanBackend.WebApi.Hosting;

/// <summary>Stops start-up on a proxy address or network that does not parse, instead of silently trusting no proxy.</summary>
public sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
    {
        var failures = options.KnownProxies
            .Where(address => !IPAddress.TryParse(address, out _))
            .Select(address => $"ReverseProxy:KnownProxies entry '{address}' is not an IP address.")
            .Concat(options.KnownNetworks
                .Where(network => !IPNetwork.TryParse(network, out _))
                .Select(network => $"ReverseProxy:KnownNetworks entry '{network}' is not a CIDR network such as 10.0.0.0/8."))
            .ToList();

        if (options.ForwardLimit < 1)
        {
            failures.Add("ReverseProxy:ForwardLimit must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
