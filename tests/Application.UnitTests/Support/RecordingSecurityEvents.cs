using CleanBackend.Application.Common.Auditing;

namespace CleanBackend.Application.UnitTests.Support;

/// <summary>Keeps the security events handlers record, in order.</summary>
internal sealed class RecordingSecurityEvents : ISecurityEvents
{
    public List<(string Event, Guid UserId)> Events { get; } = [];

    public void Record(string securityEvent, Guid userId, object? details = null) => Events.Add((securityEvent, userId));
}
