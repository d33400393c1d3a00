namespace ReadinessAction.Evidence.Coverage;

/// <summary>Coverage of many files; merging is by file and line, never by averaging percentages. The files' lines
/// are not changed once in a set.</summary>
public sealed class CoverageSet
{
    private CoverageTotals? _totals;

    public CoverageSet(IReadOnlyList<FileCoverage> files)
    {
        Files = files;
    }

    public IReadOnlyList<FileCoverage> Files { get; }

    /// <summary>Counted once (a large report has millions of lines; the reader's check and the report both ask).</summary>
    public CoverageTotals Totals => _totals ??= TotalsWhere(_ => true);

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

    /// <summary>One set from many: a line covered in any report is covered (see <see cref="LineHits.Combine"/>).</summary>
    public static CoverageSet Merge(IEnumerable<CoverageSet> sets)
    {
        var all = sets.ToList();
        if (all.Count == 1)
        {
            return all[0]; // nothing to combine: a second copy of a large report's line maps would double the footprint
        }

        var builder = new CoverageSetBuilder();
        foreach (var file in all.SelectMany(s => s.Files))
        {
            builder.AddFile(file);
        }

        return builder.Build();
    }
}
