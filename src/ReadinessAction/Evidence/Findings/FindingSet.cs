namespace ReadinessAction.Evidence.Findings;

/// <summary>The findings of one artifact, or of several merged.</summary>
public sealed class FindingSet
{
    public FindingSet(IReadOnlyList<Finding> findings, IReadOnlyList<string> tools)
    {
        Items = findings;
        Tools = tools;
    }

    public static FindingSet Empty { get; } = new([], []);

    public IReadOnlyList<Finding> Items { get; }

    /// <summary>Every tool that reported, including those that found nothing: "0 ESLint errors" needs ESLint to have run.</summary>
    public IReadOnlyList<string> Tools { get; }

    public static FindingSet Merge(IEnumerable<FindingSet> sets)
    {
        var all = sets.ToList();
        return all.Count == 1 ? all[0] : new([.. all.SelectMany(s => s.Items)], [.. all.SelectMany(s => s.Tools).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>"2 errors, 5 warnings" / "1 critical, 3 high": counts by level, most severe first.</summary>
    public static string Describe(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        if (list.Count == 0)
        {
            return "no findings";
        }

        var order = FindingLevels.Severities.Concat(FindingLevels.LintLevels).ToList();
        return string.Join(", ", list
            .GroupBy(f => f.Level)
            .OrderByDescending(g => order.IndexOf(g.Key))
            .Select(g => $"{g.Count()} {Plural(g.Key, g.Count())}"));
    }

    private static string Plural(string level, int count) =>
        count == 1 || level is "critical" or "high" or "medium" or "low" or "info" ? level : level + "s";
}
