namespace CleanBackend.Application.Administration.Abstractions;

/// <summary>The optional filters of the audit trail listing, combined with AND.</summary>
public sealed record AuditFilter(Guid? ActorId, string? Action);
