namespace CleanBackend.Application.Notifications.Abstractions;

/// <summary>A delivery a run has claimed (marked sending); <see cref="Attempts"/> counts this claim.</summary>
public sealed record ClaimedDelivery(long Id, Guid UserId, string Email, int Attempts);
