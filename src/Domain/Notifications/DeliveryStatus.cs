namespace CleanBackend.Domain.Notifications;

/// <summary>
/// One recipient's copy of a newsletter: pending until a run claims it, sending while claimed, then
/// sent or failed. Stored as its lower-case name.
/// </summary>
public enum DeliveryStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}
