using System.Text.Json;
using CleanBackend.Application.Common.Auditing;
using CleanBackend.Application.Common.Interfaces;
using CleanBackend.Application.Common.Security;
using CleanBackend.Domain.Auditing;

namespace CleanBackend.Infrastructure.Persistence.Auditing;

/// <summary>
/// Adds the entry to the request's DbContext: the unit of work's final save writes it together with
/// the action, in one transaction, so there is never an action without its entry or the reverse.
/// </summary>
internal sealed class AuditTrail(
    ApplicationDbContext dbContext,
    ICurrentUser currentUser,
    ICorrelationContext correlation,
    TimeProvider clock) : IAuditTrail
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web);

    public void Record(string action, string targetType, string targetId, object? details = null)
    {
        var json = details is null ? "{}" : JsonSerializer.Serialize(details, DetailsJson);
        dbContext.AuditEntries.Add(AuditEntry.Record(
            currentUser.UserId,
            action,
            targetType,
            targetId,
            json,
            clock.GetUtcNow(),
            correlation.CorrelationId));
    }
}
