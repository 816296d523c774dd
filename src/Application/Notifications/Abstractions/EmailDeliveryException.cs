namespace CleanBackend.Application.Notifications.Abstractions;

public sealed class EmailDeliveryException(string message, bool isPermanent, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>True when the server refused this recipient or message; false when a retry may succeed.</summary>
    public bool IsPermanent { get; } = isPermanent;
}
