using System.Text.Json;

namespace CleanBackend.Infrastructure.IntegrationTests.Support;

/// <summary>A plan from <c>EXPLAIN (FORMAT JSON)</c>, flattened depth first, init plans and subplans included.</summary>
internal sealed class QueryPlan
{
    private QueryPlan(IReadOnlyList<PlanNode> nodes)
    {
        Nodes = nodes;
    }

    public IReadOnlyList<PlanNode> Nodes { get; }

    public IEnumerable<string> IndexesScanned => Nodes.Where(node => node.IsIndexScan).Select(node => node.Index!).Distinct();

    public static QueryPlan Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var nodes = new List<PlanNode>();
        Walk(document.RootElement[0].GetProperty("Plan"), 0, nodes);
        return new QueryPlan(nodes);
    }

    public bool ScansIndex(string index) => Nodes.Any(node => node.IsIndexScan && node.Index == index);

    /// <summary>
    /// Whether a Sort sits under the (first) Limit node: every matching row is then read and sorted before the
    /// page is cut off, instead of the rows being read in index order and the scan stopping after the page.
    /// </summary>
    public bool SortsBeforeLimit()
    {
        for (var i = 0; i < Nodes.Count; i++)
        {
            if (Nodes[i].NodeType != "Limit")
            {
                continue;
            }

            for (var j = i + 1; j < Nodes.Count && Nodes[j].Depth > Nodes[i].Depth; j++)
            {
                if (Nodes[j].NodeType == "Sort")
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    public bool SequentiallyScans(string schema, string relation) => Nodes.Any(node => node.IsSequentialScanOf(schema, relation));

    /// <summary>One line per node, indented by depth: what a test prints so the plan can be quoted.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Nodes);

    private static void Walk(JsonElement plan, int depth, List<PlanNode> nodes)
    {
        nodes.Add(new PlanNode(
            depth,
            plan.GetProperty("Node Type").GetString()!,
            Text(plan, "Schema"),
            Text(plan, "Relation Name"),
            Text(plan, "Index Name"),
            plan.GetProperty("Total Cost").GetDouble(),
            plan.GetProperty("Plan Rows").GetDouble()));

        if (plan.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, depth + 1, nodes);
            }
        }
    }

    private static string? Text(JsonElement plan, string property) =>
        plan.TryGetProperty(property, out var value) ? value.GetString() : null;
}
