namespace ReadinessAction.Claims.Scoring;

/// <summary>
/// Scores reported claims against labels by (file, line, kind). A line may hold several claims of one kind: they are
/// paired in order, so two labels and one report make one hit and one miss. Disputed labels, and reports on their
/// (file, line, kind), are left out of every count. Pure.
/// </summary>
public static class ClaimScorer
{
    public static ClaimScore Score(IReadOnlyList<LabelledClaim> labels, IReadOnlyList<ScoredClaim> reported, IReadOnlyCollection<(string File, int Line, string Kind)> disputed)
    {
        var disputedKeys = disputed.ToHashSet();
        var labelsByKey = labels.Where(l => !disputedKeys.Contains((l.File, l.Line, l.Kind))).ToLookup(l => (l.File, l.Line, l.Kind));
        var reportsByKey = reported.Where(r => !disputedKeys.Contains((r.File, r.Line, r.Kind))).ToLookup(r => (r.File, r.Line, r.Kind));
        var missed = new List<LabelledClaim>();
        var invented = new List<ScoredClaim>();
        var hits = new List<(LabelledClaim Label, ScoredClaim Reported)>();
        foreach (var key in labelsByKey.Select(g => g.Key).Union(reportsByKey.Select(g => g.Key)))
        {
            var l = labelsByKey[key].ToList();
            var r = reportsByKey[key].ToList();
            var paired = Math.Min(l.Count, r.Count);
            hits.AddRange(l.Take(paired).Zip(r.Take(paired)));
            missed.AddRange(l.Skip(paired));
            invented.AddRange(r.Skip(paired));
        }

        var kinds = labels.Select(l => l.Kind).Union(reported.Select(r => r.Kind)).Order(StringComparer.Ordinal)
            .Select(kind => Count(kind, missed.Where(m => m.Kind == kind), invented.Where(i => i.Kind == kind), hits.Where(h => h.Label.Kind == kind)))
            .ToList();
        return new ClaimScore(
            Count("all", missed, invented, hits),
            kinds,
            [.. missed.OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Line)],
            [.. invented.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line)],
            [.. hits.Where(h => h.Label.Checked != h.Reported.Asserted).OrderBy(h => h.Label.File, StringComparer.Ordinal).ThenBy(h => h.Label.Line)],
            labels.Count(l => disputedKeys.Contains((l.File, l.Line, l.Kind))));
    }

    private static KindScore Count(string kind, IEnumerable<LabelledClaim> missed, IEnumerable<ScoredClaim> invented, IEnumerable<(LabelledClaim Label, ScoredClaim Reported)> hits)
    {
        var hitList = hits.ToList();
        var missedCount = missed.Count();
        var inventedCount = invented.Count();
        return new KindScore(kind, hitList.Count + missedCount, hitList.Count + inventedCount, hitList.Count, hitList.Count(h => h.Label.Checked == h.Reported.Asserted));
    }
}
