using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CleanBackend.WebApi.FunctionalTests.RateLimiting;

/// <summary>
/// Lets an in-process client pose as another client address (the test server has none): the address in
/// <see cref="HeaderName"/> becomes the connection's remote address before the API's pipeline sees the request.
/// </summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string HeaderName = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(HeaderName, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
