namespace ReadinessAction.Evidence.Coverage;

/// <summary>Coverage of many files; merging is by file and line, never by averaging percentages.</summary>
public sealed class CoverageSet
{
    public CoverageSet(IReadOnlyList<FileCoverage> files)
    {
        Files = files;
    }

    public IReadOnlyList<FileCoverage> Files { get; }

    public CoverageTotals Totals => TotalsWhere(_ => true);

    public CoverageTotals TotalsWhere(Func<string, bool> includePath)
    {
        long valid = 0, covered = 0, branchesValid = 0, branchesCovered = 0;
        foreach (var file in Files.Where(f => includePath(f.Path)))
        {
            var t = file.Totals;
            valid += t.LinesValid;
            covered += t.LinesCovered;
            branchesValid += t.BranchesValid;
            branchesCovered += t.BranchesCovered;
        }

        return new CoverageTotals(valid, covered, branchesValid, branchesCovered);
    }

    public static CoverageSet Merge(IEnumerable<CoverageSet> sets)
    {
        var byPath = new Dictionary<string, Dictionary<int, LineHits>>(StringComparer.Ordinal);
        foreach (var file in sets.SelectMany(s => s.Files))
        {
            if (!byPath.TryGetValue(file.Path, out var lines))
            {
                byPath[file.Path] = lines = [];
            }

            foreach (var (number, hits) in file.Lines)
            {
                lines[number] = lines.TryGetValue(number, out var seen) ? seen.Combine(hits) : hits;
            }
        }

        return new CoverageSet([.. byPath.Select(p => new FileCoverage(p.Key, p.Value))]);
    }
}
