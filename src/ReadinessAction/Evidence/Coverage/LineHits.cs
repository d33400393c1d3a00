namespace ReadinessAction.Evidence.Coverage;

/// <summary>One coverable line: its hit count (64-bit: real counters exceed 2^31) and its branches.</summary>
public readonly record struct LineHits(long Hits, int BranchesValid, int BranchesCovered)
{
    /// <summary>Executed: hit, or one of its branches was taken (a taken branch proves the line ran even when a
    /// report's line counter says 0).</summary>
    public bool IsCovered => Hits > 0 || BranchesCovered > 0;

    /// <summary>The same line seen twice (two reports, or twice in one report): covered if covered in either,
    /// hits added (saturating), the better branch coverage kept.</summary>
    public LineHits Combine(LineHits other) => new(
        Hits > long.MaxValue - other.Hits ? long.MaxValue : Hits + other.Hits,
        Math.Max(BranchesValid, other.BranchesValid),
        Math.Min(Math.Max(BranchesCovered, other.BranchesCovered), Math.Max(BranchesValid, other.BranchesValid)));
}
