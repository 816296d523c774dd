using Microsoft.Net.Http.Headers;

namespace CleanBackend.WebApi.Security;

/// <summary>
/// The OWASP REST headers on every answer, errors included (set when the response starts, after any
/// handler cleared it): no sniffing, no framing, no referrer, a CSP that allows nothing (Swagger UI gets one
/// it can run under), and no caching of API answers, which carry tokens, personal data or the viewer's state.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string SwaggerPath = "/swagger";

    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI's own scripts and styles, its inline style attributes and data: icons, and fetches of the
    // OpenAPI document and of "Try it out" from the same origin.
    private const string SwaggerPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(SwaggerPath) ? SwaggerPolicy : ApiPolicy;

            // An endpoint that states its own caching keeps it.
            if (context.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
