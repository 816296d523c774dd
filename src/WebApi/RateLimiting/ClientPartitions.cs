using System.Net;
using System.Net.Sockets;
using CleanBackend.Infrastructure.Identity;

namespace CleanBackend.WebApi.RateLimiting;

/// <summary>Who a request is counted against: the signed-in user, or the client's address.</summary>
internal static class ClientPartitions
{
    private const int IPv6NetworkBytes = 8;

    /// <summary>
    /// The client address as the connection (or, behind a configured proxy, the forwarded headers) has it. An IPv6
    /// client usually holds a whole /64, so it is counted as that network, not as one of its many addresses.
    /// </summary>
    public static string Address(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "ip:unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return "ip:" + address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, IPv6NetworkBytes, bytes.Length - IPv6NetworkBytes);
            return $"ip:{new IPAddress(bytes)}/64";
        }

        return "ip:" + address;
    }

    /// <summary>The authenticated user's id (the token's <c>sub</c>), else the client address.</summary>
    public static string UserOrAddress(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(TokenClaimNames.Subject)?.Value is { } subject
            ? "user:" + subject
            : Address(context);
}
