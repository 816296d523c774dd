using System.Globalization;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>
/// One node of a PostgreSQL plan, as EXPLAIN (FORMAT JSON) names it; <see cref="Depth"/> is 0 for the root.
/// <see cref="TotalCost"/> and <see cref="Rows"/> are the planner's estimates, printed for the record only.
/// </summary>
internal sealed record PlanNode(int Depth, string NodeType, string? Schema, string? Relation, string? Index, double TotalCost, double Rows)
{
    public bool IsIndexScan => NodeType is "Index Scan" or "Index Only Scan" or "Bitmap Index Scan";

    public bool IsSequentialScanOf(string schema, string relation) =>
        NodeType == "Seq Scan" && Relation == relation && (Schema is null || Schema == schema);

    public override string ToString()
    {
        var target = (Index, Relation) switch
        {
            ({ } index, { } relation) => $" using {index} on {Schema}.{relation}",
            ({ } index, null) => $" using {index}",
            (null, { } relation) => $" on {Schema}.{relation}",
            _ => string.Empty,
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{new string(' ', Depth * 2)}{NodeType}{target} (cost {TotalCost:0.##}, rows {Rows:0})");
    }
}
