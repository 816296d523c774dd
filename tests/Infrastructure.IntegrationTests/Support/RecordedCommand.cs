namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// One SQL command EF Core sent: its text, how it was executed ("reader", "scalar" or "non-query"), and
/// for readers whose plan was asked for, the plan PostgreSQL chose for it with the same parameter values.
/// </summary>
internal sealed record RecordedCommand(string Sql, string Kind, QueryPlan? Plan);
