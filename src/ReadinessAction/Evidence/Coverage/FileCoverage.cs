namespace ReadinessAction.Evidence.Coverage;

/// <summary>Per-line coverage of one source file; Path is as the report names it, resolved against its sources.</summary>
public sealed class FileCoverage
{
    public FileCoverage(string path, IReadOnlyDictionary<int, LineHits> lines)
    {
        Path = path;
        Lines = lines;
    }

    public string Path { get; }

    public IReadOnlyDictionary<int, LineHits> Lines { get; }

    public CoverageTotals Totals
    {
        get
        {
            if (Lines is LineHitsDictionary compact)
            {
                return compact.Totals();
            }

            long valid = 0, covered = 0, branchesValid = 0, branchesCovered = 0;
            foreach (var line in Lines.Values)
            {
                valid++;
                if (line.IsCovered)
                {
                    covered++;
                }

                branchesValid += line.BranchesValid;
                branchesCovered += line.BranchesCovered;
            }

            return new CoverageTotals(valid, covered, branchesValid, branchesCovered);
        }
    }
}
