using System.Diagnostics.Metrics;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Infrastructure.Identity;
using CleanBackend.Infrastructure.IntegrationTests.Support;
using Moq;

namespace CleanBackend.Infrastructure.IntegrationTests.Identity;

/// <summary>A security event is both an audit entry on the user and one count of security_events_total{event}.</summary>
public sealed class SecurityEventsTests
{
    [Test]
    public void Record_WritesAnAuditEntryOnTheUserAndCountsTheEvent()
    {
        using var meterFactory = new TestMeterFactory();
        var counted = new List<(long Value, string? Event)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, subscriber) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory) && instrument.Name == "security_events_total")
            {
                subscriber.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            counted.Add((value, tags.ToArray().Single(tag => tag.Key == "event").Value as string)));
        listener.Start();
        var auditTrail = new Mock<IAuditTrail>();
        var userId = Guid.NewGuid();
        var details = new { sessions = 3 };

        new SecurityEvents(auditTrail.Object, new SecurityEventMetrics(meterFactory))
            .Record(SecurityEventNames.SessionsEndedByAdmin, userId, details);

        auditTrail.Verify(trail => trail.Record(SecurityEventNames.SessionsEndedByAdmin, AuditTargets.User, userId.ToString(), details), Times.Once);
        Assert.That(counted, Is.EqualTo(new[] { (1L, (string?)SecurityEventNames.SessionsEndedByAdmin) }));
    }
}
