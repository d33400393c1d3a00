namespace ReadinessAction.Evidence.Coverage;

/// <summary>One coverable line: its hit count (64-bit: real counters exceed 2^31) and its branches.</summary>
public readonly record struct LineHits(long Hits, int BranchesValid, int BranchesCovered)
{
    public bool IsCovered => Hits > 0;

    /// <summary>The same line seen in two reports: covered if covered in either, best branch coverage kept.</summary>
    public LineHits Combine(LineHits other) => new(
        Hits + other.Hits,
        Math.Max(BranchesValid, other.BranchesValid),
        Math.Min(Math.Max(BranchesCovered, other.BranchesCovered), Math.Max(BranchesValid, other.BranchesValid)));
}
