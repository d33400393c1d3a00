namespace ReadinessAction.Evidence.Coverage;

public sealed record CoverageTotals(long LinesValid, long LinesCovered, long BranchesValid, long BranchesCovered)
{
    public static CoverageTotals Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Line coverage in percent, or null when no line is coverable.</summary>
    public double? LinePercent => LinesValid == 0 ? null : 100.0 * LinesCovered / LinesValid;

    public double? BranchPercent => BranchesValid == 0 ? null : 100.0 * BranchesCovered / BranchesValid;
}
