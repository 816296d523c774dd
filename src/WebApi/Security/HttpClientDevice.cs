using CleanBackend.Application.Identity.Abstractions;
using Microsoft.Net.Http.Headers;

namespace CleanBackend.WebApi.Security;

/// <summary>The device of the current HTTP request: its User-Agent and the address the connection (or a trusted proxy) gives.</summary>
public sealed class HttpClientDevice(IHttpContextAccessor httpContextAccessor) : IClientDevice
{
    public string? UserAgent =>
        httpContextAccessor.HttpContext?.Request.Headers[HeaderNames.UserAgent].ToString() is { Length: > 0 } userAgent ? userAgent : null;

    public string? IpAddress =>
        httpContextAccessor.HttpContext?.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : null;
}
